import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getWebActor } from "@/lib/auth/web-actor";
import { handoverFilter, listMessengerHandovers } from "@/lib/messenger/inbox/list-handovers";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ filter?: string; deleted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messenger.inbox");
  return { title: t("title"), robots: { index: false } };
}

const FILTERS = ["open", "closed", "all"] as const;
const FILTER_LABEL = { open: "filterOpen", closed: "filterClosed", all: "filterAll" } as const;

/** The operators' Messenger inbox: hand-overs and their state. Platform admins only; anyone else sees the 404 page. */
export default async function SupportInboxPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent("/admin/support")}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  const [t, format, query] = await Promise.all([getTranslations("messenger.inbox"), getFormatter(), searchParams]);
  const filter = handoverFilter.parse(query.filter);
  const rows = await listMessengerHandovers(actor, filter);
  const deleted = typeof query.deleted === "string" && /^[A-Z0-9]{6,32}$/.test(query.deleted) ? query.deleted : null;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <LanguageSwitch />
      </div>
      {deleted ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("deleted", { code: deleted })}
        </p>
      ) : null}
      <nav className="mt-6 flex gap-3 text-sm" aria-label={t("state")}>
        {FILTERS.map((value) => (
          <Link key={value} href={`/admin/support?filter=${value}`} aria-current={value === filter ? "page" : undefined} className={value === filter ? "font-semibold underline" : "text-brand-700"}>
            {t(FILTER_LABEL[value])}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("empty")}</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm" data-testid="support-inbox">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="py-2">{t("conversationColumn")}</th>
              <th className="py-2">{t("state")}</th>
              <th className="py-2">{t("request")}</th>
              <th className="py-2">{t("language")}</th>
              <th className="py-2">{t("lastActivity")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.requestId}>
                <td className="py-2">
                  <Link href={`/admin/support/${row.conversationId}`} className="text-brand-700 underline">
                    {t("conversation", { id: row.conversationId.slice(-8) })}
                  </Link>
                  <span className="ml-2 text-slate-500">{t("messages", { count: row.messageCount })}</span>
                </td>
                <td className="py-2">{t(`operatorStatus.${row.operatorStatus}`)}</td>
                <td className="py-2">{t(`supportStatus.${row.requestStatus}`)}</td>
                <td className="py-2">{row.locale ? t(`locale.${row.locale}`) : "—"}</td>
                <td className="py-2">
                  <time dateTime={row.lastActivityAt}>{format.dateTime(new Date(row.lastActivityAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
