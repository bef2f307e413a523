"use server";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { webClientInfo } from "@/lib/access/center-action";
import { submitChildReport } from "@/lib/admin/child-reports/submit-child-report";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";

const PATH = "/privacy/report-child";

/** The public child-report form (plain form, works without JavaScript); errors come back as message keys. */
export async function reportChildAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  const input = { account: String(formData.get("account") ?? ""), reason: String(formData.get("reason") ?? ""), contact: String(formData.get("contact") ?? "") };
  let errors: string[] = [];
  try {
    await submitChildReport(input, { reporterUserId: actor?.userId ?? null, client: await webClientInfo() });
  } catch (error) {
    if (error instanceof ZodError) errors = error.issues.map((issue) => issue.message);
    else if (error instanceof AppError && error.code === "rate_limited") errors = ["rate_limited"];
    else if (error instanceof AppError && error.code === "validation_failed") errors = ["account_invalid"];
    else throw error;
  }
  // The typed text never goes into the address (it may describe a child): only message keys do.
  redirect(errors.length > 0 ? `${PATH}?errors=${encodeURIComponent([...new Set(errors)].join(","))}` : `${PATH}?sent=1`);
}
