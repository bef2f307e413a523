import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getChatbotDeletionStatus } from "@/lib/messenger/deletion/get-deletion-status";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messenger.deletion");
  return { title: t("title"), robots: { index: false } };
}

/** Where Meta's data-deletion callback sends the person: their request's status, without personal data. */
export default async function MessengerDeletionStatusPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const [t, format] = await Promise.all([getTranslations("messenger.deletion"), getFormatter()]);
  const request = typeof code === "string" ? await getChatbotDeletionStatus(code) : null;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {request ? (
        <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2" data-testid="deletion-status">
          <dt className="font-medium">{t("code")}</dt>
          <dd className="font-mono">{request.code}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{t(`statuses.${request.status}`)}</dd>
          <dt className="font-medium">{t("requested")}</dt>
          <dd>
            <time dateTime={request.requestedAt}>{when(request.requestedAt)}</time>
          </dd>
          {request.completedAt ? (
            <>
              <dt className="font-medium">{t("completed")}</dt>
              <dd>
                <time dateTime={request.completedAt}>{when(request.completedAt)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p role="status" className="mt-6 rounded-md bg-slate-100 p-3">
          {typeof code === "string" && code !== "" ? t("notFound") : t("missing")}
        </p>
      )}
    </div>
  );
}
