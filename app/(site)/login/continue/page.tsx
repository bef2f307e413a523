import { redirect } from "next/navigation";
import { getWebActor } from "@/lib/auth/web-actor";
import { safeNextPath } from "@/lib/auth/web/safe-next";
import { listMyCenters } from "@/lib/centers/list-my-centers";
import { currentLocale } from "@/lib/i18n/current-locale";

type Props = { searchParams: Promise<{ next?: string }> };

/** After sign-in: back to where the person was going, or staff straight to their center's dashboard. */
export default async function ContinueAfterLogin({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login");
  const next = safeNextPath((await searchParams).next);
  if (next !== "/") redirect(next);
  const centers = await listMyCenters(actor.userId, await currentLocale());
  redirect(centers.length === 1 && centers[0] ? `/center/${centers[0].slug}` : "/account");
}
