import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/admin/admin-page";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatCount } from "@/lib/i18n/format-money";
import { listDeadLetters } from "@/lib/outbox/dead-letters";
import { resolveDeadLetterAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ done?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outboxAdmin");
  return { title: t("title"), robots: { index: false } };
}

/** The operator's dead letters (ADR 0026): side effects that failed for good, to retry or discard. */
export default async function AdminOutboxPage({ searchParams }: Props) {
  const actor = await requireAdminPage("/admin/outbox");
  const [locale, t, format, query, { health, items }] = await Promise.all([currentLocale(), getTranslations("outboxAdmin"), getFormatter(), searchParams, listDeadLetters(actor)]);
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  const figures = [
    ["pending", health.pending],
    ["due", health.due],
    ["processing", health.processing],
    ["failed", health.failed],
    ["dead", health.dead],
  ] as const;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {query.done === "retry" || query.done === "discard" ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t(`done.${query.done}`)}</p> : null}
      {query.error ? <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{t("gone")}</p> : null}
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map(([key, value]) => (
          <div key={key} className="rounded border border-slate-200 p-3">
            <dt className="text-xs text-slate-600">{t(`health.${key}`)}</dt>
            <dd className="text-xl font-semibold">{formatCount(value, locale)}</dd>
          </div>
        ))}
      </dl>
      {health.oldestDueAt ? <p className="mt-2 text-sm text-slate-600">{t("oldestDue", { at: at(health.oldestDueAt) })}</p> : null}
      <h2 className="mt-8 text-lg font-semibold">{t("parkedTitle")}</h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("columns.kind")}</th>
                <th className="py-2 pr-4">{t("columns.status")}</th>
                <th className="py-2 pr-4">{t("columns.error")}</th>
                <th className="py-2 pr-4">{t("columns.refs")}</th>
                <th className="py-2 pr-4">{t("columns.when")}</th>
                <th className="py-2">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-4 font-mono text-xs">{item.kind}</td>
                  <td className="py-2 pr-4">{t(`status.${item.status}`, { attempts: item.attempts })}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{item.lastError ?? "—"}</td>
                  <td className="py-2 pr-4 font-mono text-xs">
                    {Object.entries(item.refs).map(([key, value]) => (
                      <div key={key}>
                        {key}: {value}
                      </div>
                    ))}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={item.updatedAt}>{at(item.updatedAt)}</time>
                  </td>
                  <td className="py-2">
                    <form action={resolveDeadLetterAction} className="flex gap-2">
                      <input type="hidden" name="id" value={item.id} />
                      <Button type="submit" name="action" value="retry" variant="secondary">
                        {t("retry")}
                      </Button>
                      <Button type="submit" name="action" value="discard" variant="danger">
                        {t("discard")}
                      </Button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
