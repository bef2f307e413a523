import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PolicyBody } from "@/components/privacy/policy-body";
import { POLICY_DATE } from "@/components/privacy/policy-date";
import { PolicyHistoryList } from "@/components/privacy/policy-history-list";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getPolicyHistory, getPublishedPolicyVersion } from "@/lib/privacy/policies/get-policies";
import { kindFromSlug, policyPagePath } from "@/lib/privacy/policies/kinds";

type Props = { params: Promise<{ kind: string; version: string }> };

/** The route's kind and version number, or null for anything else (a 404, never a guess). */
async function target(params: Props["params"]) {
  const { kind: slug, version: raw } = await params;
  const kind = kindFromSlug(slug);
  const version = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
  return kind && version ? { kind, version } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await target(params);
  if (!found) return {};
  const t = await getTranslations("policies");
  return { title: t("versionPage.metaTitle", { title: t(`kinds.${found.kind}`), version: found.version }) };
}

/** One published version of a policy (past, in force or announced), readable at a permanent address. */
export default async function PolicyVersionPage({ params }: Props) {
  const found = await target(params);
  if (!found) notFound();
  const locale = await currentLocale();
  const [t, format, policy, history] = await Promise.all([
    getTranslations("policies"),
    getFormatter(),
    getPublishedPolicyVersion(found.kind, found.version, locale),
    getPolicyHistory(found.kind, locale),
  ]);
  if (!policy) notFound();
  const status = history.find((entry) => entry.id === policy.id)?.status ?? "past";
  const date = format.dateTime(policy.effectiveAt, POLICY_DATE);
  return (
    <article data-testid={`policy-version-${policy.kind}-${policy.version}`}>
      <h1 className="text-3xl font-bold">{policy.title}</h1>
      <p className="mt-2 text-sm text-slate-500">
        {t("version", { version: policy.version })} · <time dateTime={policy.effectiveAt.toISOString()}>{t("lastUpdated", { date })}</time>
      </p>
      <p role="note" className="mt-4 max-w-3xl rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-status={status}>
        {t(`versionPage.${status}`, { date })}{" "}
        {status === "current" ? null : (
          <Link href={policyPagePath(policy.kind)} className="underline">
            {t("versionPage.readCurrent")}
          </Link>
        )}
      </p>
      {policy.changeSummary ? (
        <section className="mt-4 max-w-3xl">
          <h2 className="font-semibold">{t("versionPage.changeSummary")}</h2>
          <p className="mt-1 whitespace-pre-line text-slate-700">{policy.changeSummary}</p>
        </section>
      ) : null}
      <PolicyBody policy={policy} level={1} />
      <PolicyHistoryList kind={policy.kind} history={history} level={1} highlight={policy.version} />
    </article>
  );
}
