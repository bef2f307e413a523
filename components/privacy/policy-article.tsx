import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PolicyHistoryEntry } from "@/lib/privacy/policies/get-policies";
import type { PolicyView } from "@/lib/privacy/policies/policy-view";
import { PolicyBody } from "./policy-body";
import { POLICY_DATE } from "./policy-date";
import { PolicyHistoryList } from "./policy-history-list";
import { PolicyUpcomingNotice } from "./policy-upcoming-notice";

type Props = {
  policy: PolicyView | null;
  heading: string;
  id?: string;
  level?: 1 | 2;
  upcoming?: PolicyView | null;
  history?: PolicyHistoryEntry[];
  /** Shown after the policy text, before its history (e.g. the retention periods table). */
  children?: ReactNode;
};

/** One policy: heading, version and "last updated" (its effective date), any announced change, the text, its history. */
export async function PolicyArticle({ policy, heading, id, level = 1, upcoming = null, history = [], children }: Props) {
  const [t, format] = await Promise.all([getTranslations("policies"), getFormatter()]);
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <article id={id} className="scroll-mt-6" data-testid={`policy-${policy?.kind ?? "missing"}`}>
      <Heading className={level === 1 ? "text-3xl font-bold" : "text-2xl font-bold"}>{heading}</Heading>
      {policy ? (
        <>
          <p className="mt-2 text-sm text-slate-500">
            {t("version", { version: policy.version })} · <time dateTime={policy.effectiveAt.toISOString()}>{t("lastUpdated", { date: format.dateTime(policy.effectiveAt, POLICY_DATE) })}</time>
          </p>
          {upcoming ? <PolicyUpcomingNotice upcoming={upcoming} /> : null}
          <PolicyBody policy={policy} level={level} />
          {children}
          <PolicyHistoryList kind={policy.kind} history={history} level={level} highlight={policy.version} />
        </>
      ) : (
        <p className="mt-4 text-slate-600">{t("unavailable")}</p>
      )}
    </article>
  );
}
