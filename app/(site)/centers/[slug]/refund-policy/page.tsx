import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cachedGetCenterBySlug } from "@/lib/catalog/cached-catalog";
import { currentRefundTerms } from "@/lib/commerce/refunds/refund-policy";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";

type Props = { params: Promise<{ slug: string }> };

async function loadCenter(slug: string) {
  const locale = await currentLocale();
  const center = await cachedGetCenterBySlug(slug, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { center, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { center } = await loadCenter((await params).slug);
  const t = await getTranslations("checkout.refundPolicy");
  return { title: t("metaTitle", { center: center.name }) };
}

/**
 * A center's refund terms as a buyer sees them before paying: its newest effective policy (window,
 * progress limit, its own text in the visitor's language) or the platform's standard terms.
 */
export default async function CenterRefundPolicyPage({ params }: Props) {
  const { center, locale } = await loadCenter((await params).slug);
  const [t, format, terms] = await Promise.all([getTranslations("checkout.refundPolicy"), getFormatter(), currentRefundTerms(center.id)]);
  const ownText = localized(terms.termsEn, terms.termsMy, locale).trim();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Link href={`/centers/${center.slug}`} className="text-sm text-brand-700 underline">
        ← {t("backToCenter", { center: center.name })}
      </Link>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro", { center: center.name })}</p>
      </header>
      {terms.standard ? <p className="rounded-md bg-slate-50 p-3 text-slate-700" data-testid="standard-terms">{t("standard", { center: center.name })}</p> : null}
      <section aria-labelledby="rules" className="rounded-xl border border-slate-200 p-5">
        <h2 id="rules" className="text-xl font-semibold">{t("rulesHeading")}</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="refund-rules">
          <li>{t("window", { days: terms.refundWindowDays })}</li>
          <li>{terms.maxProgressPercent === null ? t("noProgressLimit") : t("progressLimit", { percent: terms.maxProgressPercent })}</li>
        </ul>
        {terms.effectiveAt ? (
          <p className="mt-3 text-sm text-slate-600">{t("effectiveSince", { date: format.dateTime(terms.effectiveAt, { dateStyle: "long" }) })}</p>
        ) : null}
      </section>
      {ownText ? (
        <section aria-labelledby="own-terms">
          <h2 id="own-terms" className="text-xl font-semibold">{t("centerText")}</h2>
          <p className="mt-2 whitespace-pre-line text-slate-800">{ownText}</p>
        </section>
      ) : null}
      <p className="text-slate-700">{t("howTo", { center: center.name })}</p>
      <p className="text-slate-700">{t("afterRefund")}</p>
    </article>
  );
}
