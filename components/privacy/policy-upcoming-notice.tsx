import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { policyVersionPath } from "@/lib/privacy/policies/kinds";
import type { PolicyView } from "@/lib/privacy/policies/policy-view";
import { POLICY_DATE } from "./policy-date";

/** "This policy is about to change": the published next version, its date and what changes. */
export async function PolicyUpcomingNotice({ upcoming }: { upcoming: PolicyView }) {
  const [t, format] = await Promise.all([getTranslations("policies.upcoming"), getFormatter()]);
  return (
    <aside role="note" className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid={`policy-upcoming-${upcoming.kind}`}>
      <p className="font-semibold">{t("heading")}</p>
      <p className="mt-1">{t("body", { version: upcoming.version, date: format.dateTime(upcoming.effectiveAt, POLICY_DATE) })}</p>
      {upcoming.changeSummary ? (
        <>
          <p className="mt-2 text-sm font-semibold">{t("summary")}</p>
          <p className="whitespace-pre-line text-sm">{upcoming.changeSummary}</p>
        </>
      ) : null}
      <Link href={policyVersionPath(upcoming.kind, upcoming.version)} className="mt-2 inline-block text-sm underline">
        {t("read", { version: upcoming.version })}
      </Link>
    </aside>
  );
}
