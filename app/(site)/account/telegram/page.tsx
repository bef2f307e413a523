import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { env, isProduction } from "@/lib/env";
import { getBotUsername } from "@/lib/telegram/bot-username";
import { getTelegramLink } from "@/lib/telegram/get-telegram-link";
import { knownErrorKey } from "@/lib/telegram/link-error-key";
import { linkState } from "@/lib/telegram/link-state";
import { suggestedSandboxTelegramId } from "@/lib/telegram/sandbox-widget";
import { sandboxLinkAction, unlinkAction } from "./actions";
import { TelegramLoginButton } from "./telegram-login-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("telegram");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ linked?: string; unlinked?: string; error?: string }> };

/** Link or unlink Telegram (policy S1.3). Works without JavaScript except the real Telegram widget itself. */
export default async function TelegramPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/telegram");
  const [t, format, params, link] = await Promise.all([getTranslations("telegram"), getFormatter(), searchParams, getTelegramLink(actor.userId)]);
  const error = knownErrorKey(params.error);
  const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {params.linked && link ? <p role="status" className="rounded-md bg-green-50 p-3 text-green-800">{t("linked")}</p> : null}
      {params.unlinked && !link ? <p role="status" className="rounded-md bg-green-50 p-3 text-green-800">{t("unlinked")}</p> : null}
      {error ? <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">{t(`errors.${error}`)}</p> : null}

      {link ? (
        <section className="space-y-3" data-testid="telegram-link">
          <p className="font-medium">{t("linkedAs", { name: link.username ? `@${link.username}` : (link.firstName ?? "—") })}</p>
          <p className="text-sm text-slate-600">
            {t("linkedSince", { date: format.dateTime(new Date(link.linkedAt), { dateStyle: "medium", timeZone: "Asia/Yangon" }) })}
          </p>
          <form action={unlinkAction}>
            <button type="submit" className="rounded-md border border-red-300 px-4 py-2 text-red-700">{t("unlink")}</button>
          </form>
        </section>
      ) : (
        <section className="space-y-4">
          <p className="text-slate-600">{t("notLinked")}</p>
          {isProduction() ? (
            <TelegramWidget widget={await widgetProps(actor.sessionId)} hint={t("widgetHint")} unavailable={t("errors.unavailable")} />
          ) : (
            <SandboxForm userId={actor.userId} t={t} input={input} />
          )}
        </section>
      )}
      <p className="text-sm text-slate-500">{t("privacy")}</p>
    </div>
  );
}

type WidgetProps = { username: string; authUrl: string };

/** Null when Telegram cannot tell us the bot's username right now (the page still renders). */
async function widgetProps(sessionId: string): Promise<WidgetProps | null> {
  const username = await getBotUsername().catch(() => null);
  if (!username) return null;
  const authUrl = new URL(`/account/telegram/callback?state=${encodeURIComponent(linkState(sessionId))}`, env().APP_URL).toString();
  return { username, authUrl };
}

function TelegramWidget({ widget, hint, unavailable }: { widget: WidgetProps | null; hint: string; unavailable: string }) {
  if (!widget) return <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">{unavailable}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{hint}</p>
      <TelegramLoginButton username={widget.username} authUrl={widget.authUrl} />
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"telegram">>>;

function SandboxForm({ userId, t, input }: { userId: string; t: Translate; input: string }) {
  return (
    <form action={sandboxLinkAction} className="space-y-3 rounded-md border border-dashed border-amber-400 bg-amber-50 p-4" data-testid="telegram-sandbox">
      <h2 className="font-semibold">{t("sandbox.heading")}</h2>
      <p className="text-sm text-slate-700">{t("sandbox.explain")}</p>
      <label className="block text-sm font-medium">
        {t("sandbox.id")}
        <input name="id" inputMode="numeric" pattern="[0-9]{1,16}" required defaultValue={suggestedSandboxTelegramId(userId)} className={input} />
      </label>
      <label className="block text-sm font-medium">
        {t("sandbox.firstName")}
        <input name="firstName" required maxLength={64} defaultValue="Demo" className={input} />
      </label>
      <label className="block text-sm font-medium">
        {t("sandbox.username")}
        <input name="username" pattern="[A-Za-z0-9_]{5,32}" maxLength={32} className={input} />
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{t("sandbox.submit")}</button>
    </form>
  );
}
