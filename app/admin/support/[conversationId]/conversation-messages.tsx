import type { getFormatter, getTranslations } from "next-intl/server";
import type { ConversationMessage } from "@/lib/messenger/inbox/get-conversation";

type Props = {
  messages: ConversationMessage[];
  format: Awaited<ReturnType<typeof getFormatter>>;
  t: Awaited<ReturnType<typeof getTranslations<"messenger.inbox">>>;
};

const FROM = { person: "fromPerson", bot: "fromBot", operator: "fromOperator" } as const;

/** The conversation's messages, oldest first, with attachment metadata (the files stay at Meta). */
export function ConversationMessages({ messages, format, t }: Props) {
  return (
    <ol className="mt-6 grid gap-3" data-testid="conversation-messages">
      {messages.map((message) => (
        <li key={message.id} className={`rounded-md p-3 ${message.from === "person" ? "bg-slate-100" : "ml-8 bg-brand-50"}`}>
          <div className="flex justify-between gap-2 text-xs text-slate-600">
            <span>
              {t(FROM[message.from])}
              {message.sent ? null : ` · ${t("notSent")}`}
            </span>
            <time dateTime={message.at}>{format.dateTime(new Date(message.at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
          </div>
          <p className="mt-1 whitespace-pre-line">{message.text ?? t("noText")}</p>
          {message.attachments.length > 0 ? (
            <ul className="mt-1 text-sm">
              {message.attachments.map((attachment, index) => (
                <li key={index}>
                  {attachment.url ? (
                    <a href={attachment.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 underline">
                      {t("attachment", { type: attachment.type })}
                    </a>
                  ) : (
                    t("attachment", { type: attachment.type })
                  )}
                  {attachment.size !== undefined ? ` (${t("attachmentSize", { size: attachment.size })})` : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
