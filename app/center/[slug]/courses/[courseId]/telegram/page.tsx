import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { getTelegramBot } from "@/lib/telegram/bot";
import { getCourseTelegramGroup } from "@/lib/telegram/groups/course-group-admin";
import { foundOr404 } from "../quizzes/found-or-404";
import { disconnectGroupAction, renewLinkAction, simulateConnectAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("telegramGroups");
  return { title: t("title"), robots: { index: false } };
}

const NOTICES = ["connected", "disconnected", "linkRenewed"] as const;
const ERRORS = ["notConnected", "unavailable", "rejected", "forbidden", "simulateFailed"] as const;
const pick = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((item) => item === value);
const button = "rounded-md border border-slate-300 px-3 py-1.5 text-sm";

/** A course's Telegram group: the connected group (link, new link, disconnect) or how to connect one. */
export default async function CourseTelegramGroupPage({ params, searchParams }: Props) {
  const { slug, courseId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}/telegram`);
  const [locale, t, format, query] = await Promise.all([currentLocale(), getTranslations("telegramGroups"), getFormatter(), searchParams]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const page = await foundOr404(getCourseTelegramGroup(access, courseId));
  // The bot's @username for the instructions; the page still works when Telegram does not answer.
  const bot = page.connect ? await getTelegramBot().getMe().catch(() => null) : null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  const notice = pick(NOTICES, firstParam(query.notice));
  const error = pick(ERRORS, firstParam(query.error));
  const bind = <A,>(action: (slug: string, courseId: string) => Promise<A>) => action.bind(null, access.centerSlug, page.course.id);
  const { group } = page;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={`/center/${encodeURIComponent(access.centerSlug)}/courses/${page.course.id}`} className="text-brand-700 underline">
          {t("backToCourse")}
        </Link>
      </p>
      <h2 className="mt-4 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro", { course: localized(page.course.titleEn, page.course.titleMy, locale) })}</p>
      {notice ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {group ? (
        <section className="mt-6 rounded-md border border-slate-200 p-4" data-testid="telegram-group">
          <h3 className="font-semibold">{t("connected.heading")}</h3>
          <p className="mt-2">{group.title ?? t("connected.untitled")}</p>
          <p className="text-sm text-slate-600">{t("connected.since", { date: date(group.connectedAt) })}</p>
          <p className="text-sm text-slate-600">{t("connected.members", { count: group.approvedMembers })}</p>
          <h4 className="mt-4 text-sm font-semibold">{t("connected.inviteLink")}</h4>
          {group.inviteLink ? (
            <p className="mt-1 text-sm">
              <code className="select-all break-all" data-testid="telegram-invite-link">
                {group.inviteLink}
              </code>
              {group.inviteLinkCreatedAt ? <span className="ml-2 text-slate-500">{t("connected.linkCreated", { date: date(group.inviteLinkCreatedAt) })}</span> : null}
            </p>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("connected.noLink")}</p>
          )}
          {page.canManage ? (
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              <form action={bind(renewLinkAction)}>
                <button type="submit" className={button}>
                  {t("connected.newLink")}
                </button>
                <p className="mt-1 text-xs text-slate-500">{t("connected.newLinkNote")}</p>
              </form>
              <form action={bind(disconnectGroupAction)}>
                <button type="submit" className={`${button} text-red-700`}>
                  {t("connected.disconnect")}
                </button>
                <p className="mt-1 text-xs text-slate-500">{t("connected.disconnectNote")}</p>
              </form>
            </div>
          ) : null}
        </section>
      ) : page.connect ? (
        <section className="mt-6 rounded-md border border-slate-200 p-4">
          <h3 className="font-semibold">{t("connect.heading")}</h3>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
            <li>{t("connect.step1")}</li>
            <li>{bot ? t("connect.step2Bot", { bot: bot.username }) : t("connect.step2")}</li>
            <li>
              {t("connect.step3")}
              <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3">
                <code className="select-all" data-testid="telegram-connect-command">
                  {page.connect.command}
                </code>
              </pre>
              <p className="mt-1 text-xs text-slate-500">{t("connect.expires", { date: date(page.connect.expiresAt) })}</p>
            </li>
          </ol>
          {page.demo ? (
            <form action={bind(simulateConnectAction)} className="mt-4 rounded-md bg-slate-50 p-3">
              <h4 className="text-sm font-semibold">{t("demo.heading")}</h4>
              <p className="mt-1 text-xs text-slate-600">{t("demo.note")}</p>
              <button type="submit" className={`${button} mt-2`}>
                {t("demo.simulate")}
              </button>
            </form>
          ) : null}
        </section>
      ) : (
        <p className="mt-6 text-sm text-slate-600">{t("connect.readOnly")}</p>
      )}
    </main>
  );
}
