import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError, ERROR_STATUS, type ErrorCode } from "@/lib/http/errors";
import { getMessengerConversation } from "@/lib/messenger/inbox/get-conversation";
import { closeAction, deleteDataAction, handBackAction, replyAction } from "../actions";
import { ConversationMessages } from "./conversation-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ conversationId: string }>; searchParams: Promise<{ confirm?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messenger.inbox");
  return { title: t("title"), robots: { index: false } };
}

const button = "rounded-md px-3 py-1.5 text-sm font-medium";

/** One Messenger conversation for the operator: messages, answer, hand back, close, delete. Works without JavaScript. */
export default async function SupportConversationPage({ params, searchParams }: Props) {
  const actor = await getWebActor();
  const [{ conversationId }, query] = await Promise.all([params, searchParams]);
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/admin/support/${conversationId}`)}`);
  if (actor.platformRole !== "PLATFORM_ADMIN" || !z.uuid().safeParse(conversationId).success) notFound();
  const conversation = await getMessengerConversation(actor, conversationId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [t, te, format] = await Promise.all([getTranslations("messenger.inbox"), getTranslations("apiErrors"), getFormatter()]);
  const error = query.error && query.error in ERROR_STATUS ? (query.error as ErrorCode) : null;
  const confirming = query.confirm === "delete";
  const withOperators = conversation.operatorStatus === "WAITING_FOR_OPERATOR" || conversation.operatorStatus === "WITH_OPERATOR";
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <Link href="/admin/support" className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
          <h1 className="mt-2 text-2xl font-bold">{t("conversation", { id: conversation.id.slice(-8) })}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("state")}: {t(`operatorStatus.${conversation.operatorStatus}`)} · {t("consent")}: {conversation.marketingConsent ? t("consentYes") : t("consentNo")}
          </p>
        </div>
        <LanguageSwitch />
      </div>
      {error ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {t("error", { message: te(error) })}
        </p>
      ) : null}
      <ConversationMessages messages={conversation.messages} format={format} t={t} />
      <form action={replyAction.bind(null, conversation.id)} className="mt-6 grid gap-2">
        <label htmlFor="reply-text" className="font-medium">
          {t("replyLabel")}
        </label>
        <textarea id="reply-text" name="text" required maxLength={2000} rows={4} className="rounded-md border border-slate-300 p-2" />
        <p className="text-xs text-slate-500">{t("windowNote")}</p>
        <div>
          <button type="submit" className={`${button} bg-brand-600 text-white`}>
            {t("reply")}
          </button>
        </div>
      </form>
      <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        {withOperators ? (
          <form action={handBackAction.bind(null, conversation.id)}>
            <button type="submit" className={`${button} border border-slate-300`}>
              {t("handBack")}
            </button>
          </form>
        ) : null}
        {conversation.operatorStatus !== "CLOSED" ? (
          <form action={closeAction.bind(null, conversation.id)}>
            <button type="submit" className={`${button} border border-slate-300`}>
              {t("close")}
            </button>
          </form>
        ) : null}
        {confirming ? null : (
          <Link href={`/admin/support/${conversation.id}?confirm=delete`} className={`${button} bg-red-700 text-white`}>
            {t("delete")}
          </Link>
        )}
      </div>
      {confirming ? (
        <section role="alertdialog" aria-labelledby="delete-title" className="mt-4 rounded-md border border-red-300 bg-red-50 p-4">
          <h2 id="delete-title" className="font-semibold">
            {t("deleteConfirmTitle")}
          </h2>
          <p className="mt-1 text-sm">{t("deleteConfirmBody")}</p>
          <div className="mt-3 flex gap-3">
            <form action={deleteDataAction.bind(null, conversation.id)}>
              <button type="submit" className={`${button} bg-red-700 text-white`}>
                {t("deleteConfirm")}
              </button>
            </form>
            <Link href={`/admin/support/${conversation.id}`} className={`${button} border border-slate-300`}>
              {t("cancel")}
            </Link>
          </div>
        </section>
      ) : null}
    </main>
  );
}
