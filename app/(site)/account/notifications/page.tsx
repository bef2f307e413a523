import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { listMyNotifications } from "@/lib/notifications/inbox/list-my-notifications";
import { markAllReadAction, markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

const PAGE_SIZE = 20;

/** The in-app inbox (the web twin of GET /api/v1/me/notifications); works without JavaScript. */
export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/notifications");
  const [t, format, { cursor: raw }] = await Promise.all([getTranslations("inbox"), getFormatter(), searchParams]);
  const cursor = typeof raw === "string" && raw.length <= 512 ? raw : undefined;
  const page = await listMyNotifications({ actor, limit: PAGE_SIZE, cursor }).catch((error: unknown) => {
    // A forged or stale cursor shows the first page instead of an error.
    if (error instanceof AppError) return listMyNotifications({ actor, limit: PAGE_SIZE });
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <Link href="/account/notifications/settings" className="mt-2 inline-block text-sm text-brand-700 underline">{(await getTranslations("notificationPrefs"))("settingsLink")}</Link>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <p className="text-sm text-slate-700" data-testid="inbox-unread">
          {t("unread", { count: page.unreadCount })}
        </p>
        {page.unreadCount > 0 ? (
          <form action={markAllReadAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
              {t("markAllRead")}
            </button>
          </form>
        ) : null}
      </div>
      {page.items.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-100" data-testid="inbox">
          {page.items.map((item) => (
            <li key={item.id} className="py-4" data-read={item.readAt ? "true" : "false"}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">
                  {item.readAt ? null : <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">{t("new")}</span>}
                  {item.title}
                </h2>
                <time dateTime={item.createdAt} className="text-sm text-slate-500">
                  {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}
                </time>
              </div>
              <p className="mt-1 whitespace-pre-line text-slate-800">{item.body}</p>
              {item.readAt ? null : (
                <form action={markReadAction.bind(null, item.id)} className="mt-2">
                  <button type="submit" className="text-sm text-brand-700 underline">
                    {t("markRead")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p className="mt-6">
          <Link href={`/account/notifications?cursor=${encodeURIComponent(page.nextCursor)}`} className="rounded-md border border-slate-300 px-4 py-2">
            {t("older")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
