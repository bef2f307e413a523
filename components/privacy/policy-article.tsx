import Markdown from "react-markdown";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PolicyView } from "@/lib/privacy/get-current-policy";

type Props = { policy: PolicyView | null; heading: string; id?: string; level?: 1 | 2 };

/** One policy: heading, version and dates, then its Markdown body (rendered on the server). */
export async function PolicyArticle({ policy, heading, id, level = 1 }: Props) {
  const [t, format] = await Promise.all([getTranslations("privacy"), getFormatter()]);
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <article id={id} className="scroll-mt-6" data-testid={`policy-${policy?.kind ?? "missing"}`}>
      <Heading className={level === 1 ? "text-3xl font-bold" : "text-2xl font-bold"}>{heading}</Heading>
      {policy ? (
        <>
          <p className="mt-2 text-sm text-slate-500">
            {t("version", { version: policy.version })} · {t("effective", { date: format.dateTime(policy.effectiveAt, { dateStyle: "long" }) })}
            {policy.publishedAt ? ` · ${t("lastUpdated", { date: format.dateTime(policy.publishedAt, { dateStyle: "long" }) })}` : ""}
          </p>
          <div
            lang={policy.bodyLocale}
            className="mt-6 max-w-3xl space-y-3 text-slate-800 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-5 [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6"
          >
            <Markdown
              components={{
                h1: "h3",
                h2: level === 1 ? "h2" : "h3",
                h3: level === 1 ? "h3" : "h4",
              }}
            >
              {policy.body}
            </Markdown>
          </div>
        </>
      ) : (
        <p className="mt-4 text-slate-600">{t("unavailable")}</p>
      )}
    </article>
  );
}
