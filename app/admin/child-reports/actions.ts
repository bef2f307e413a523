"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { adminErrorCode } from "@/lib/admin/admin-page";
import { actOnChildReport } from "@/lib/admin/child-reports/act-on-child-report";
import { getWebActor } from "@/lib/auth/web-actor";

/** "Deactivate and delete personal data" (needs the confirmation box) or "Dismiss" on one report. */
export async function childReportAction(reportId: string, formData: FormData): Promise<void> {
  const path = `/admin/child-reports/${encodeURIComponent(reportId)}`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  const action = formData.get("action") === "delete" ? "delete" : "dismiss";
  let outcome: string;
  try {
    const confirmed = formData.get("confirmed") === "yes" ? true : undefined;
    const { confirmationCode } = await actOnChildReport(actor, { reportId, action, confirmed }, await webClientInfo());
    outcome = `done=${action}${confirmationCode ? `&code=${confirmationCode}` : ""}`;
  } catch (error) {
    outcome = `error=${adminErrorCode(error)}`;
  }
  revalidatePath("/admin/child-reports");
  redirect(`${path}?${outcome}`);
}
