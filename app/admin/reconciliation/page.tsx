import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { getReconciliationRun, listReconciliationRuns } from "@/lib/commerce/reconciliation/list-runs";
import { currentLocale } from "@/lib/i18n/current-locale";
import { RunDetails } from "./run-details";
import { RunsTable } from "./runs-table";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ run?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reconciliation");
  return { title: t("title"), robots: { index: false } };
}

/** The operator's reconciliation reports (ADR 0017). Platform admins only; anyone else sees the 404 page. */
export default async function AdminReconciliationPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent("/admin/reconciliation")}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("reconciliation"), searchParams]);
  const runId = typeof query.run === "string" ? query.run : null;
  // An unknown or malformed run id shows the latest report instead of failing the page.
  const [runs, selected] = await Promise.all([
    listReconciliationRuns(actor, 20),
    getReconciliationRun(actor, runId).then((run) => run ?? (runId ? getReconciliationRun(actor, null) : null)),
  ]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {runs.length === 0 ? (
        <p className="mt-6 text-slate-500">{t("noRuns")}</p>
      ) : (
        <>
          <RunsTable runs={runs} selectedId={selected?.id ?? null} locale={locale} />
          {selected ? <RunDetails run={selected} locale={locale} /> : null}
        </>
      )}
    </main>
  );
}
