import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PolicyHistoryEntry } from "@/lib/privacy/policies/get-policies";
import { policyVersionPath, type PolicyKindName } from "@/lib/privacy/policies/kinds";
import { POLICY_DATE } from "./policy-date";

type Props = { kind: PolicyKindName; history: PolicyHistoryEntry[]; level: 1 | 2; highlight?: number };

/** Every published version of a policy, newest first, each readable at its own address. */
export async function PolicyHistoryList({ kind, history, level, highlight }: Props) {
  if (history.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("policies.history"), getFormatter()]);
  const Heading = level === 1 ? "h2" : "h3";
  return (
    <section className="mt-10 max-w-3xl border-t border-slate-200 pt-4" data-testid={`policy-history-${kind}`}>
      <Heading className="text-lg font-semibold">{t("heading")}</Heading>
      <ol className="mt-2 space-y-2 text-sm">
        {history.map((entry) => {
          const date = format.dateTime(entry.effectiveAt, POLICY_DATE);
          return (
            <li key={entry.id}>
              <Link href={policyVersionPath(kind, entry.version)} className="text-brand-700 underline" aria-current={entry.version === highlight ? "page" : undefined}>
                {t("read", { version: entry.version })}
              </Link>
              {" · "}
              {entry.status === "upcoming" ? t("upcoming", { date }) : t("effective", { date })}
              {entry.status === "current" ? ` · ${t("current")}` : null}
              {entry.material ? ` · ${t("material")}` : null}
              {entry.changeSummary ? <p className="mt-0.5 whitespace-pre-line text-slate-600">{entry.changeSummary}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
