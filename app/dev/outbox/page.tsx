import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { devOutboxEnabled, listDevMessages } from "@/lib/dev-outbox/dev-outbox";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ to?: string }> };

export default async function DevOutboxPage({ searchParams }: Props) {
  if (!devOutboxEnabled()) notFound();
  const { to } = await searchParams;
  const [t, format, messages] = await Promise.all([
    getTranslations("devOutbox"),
    getFormatter(),
    listDevMessages({ to: to?.trim() || undefined, limit: 100 }),
  ]);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <form className="mt-6 flex flex-wrap items-end gap-2" method="get">
        <label className="flex flex-col text-sm">
          {t("filter")}
          <input
            name="to"
            defaultValue={to ?? ""}
            placeholder={t("filterPlaceholder")}
            className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("apply")}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="mt-8 text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="dev-outbox">
          {messages.map((message, index) => (
            <li key={`${message.createdAt}-${index}`} className="p-4">
              <div className="flex flex-wrap gap-x-4 text-sm text-slate-500">
                <span>
                  {t("channel")}: <strong className="text-slate-800">{message.channel}</strong>
                </span>
                <span>
                  {t("to")}: <span className="font-mono text-slate-800">{message.to}</span>
                </span>
                <time dateTime={message.createdAt}>
                  {t("sentAt")}: {format.dateTime(new Date(message.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </div>
              {message.subject ? <p className="mt-1 font-medium">{message.subject}</p> : null}
              <p className="mt-1 whitespace-pre-wrap">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
