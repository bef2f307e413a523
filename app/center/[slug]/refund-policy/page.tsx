import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { RefundPolicyFlash } from "@/components/center/refund-policy-flash";
import { RefundPolicyForm } from "@/components/center/refund-policy-form";
import { RefundPolicyView } from "@/components/center/refund-policy-view";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getRefundPolicy } from "@/lib/commerce/refunds/set-refund-policy";
import { currentLocale } from "@/lib/i18n/current-locale";
import { publishRefundPolicyAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerOrders.policy");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The center's refund terms: the current ones for those who handle orders (`order.read`), and a
 * form to publish new ones for owners and admins (`refund_policy.update`).
 */
export default async function CenterRefundPolicyPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/refund-policy`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerOrders.policy"), searchParams]);
  const canPublish = hasPermission(access, "refund_policy.update");
  if (!canPublish && !hasPermission(access, "order.read")) {
    return <CenterForbiddenPage access={access} locale={locale} />;
  }
  const policy = await getRefundPolicy(access);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <h2 className="mt-8 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <RefundPolicyFlash notice={query.notice} error={query.error} />
      <RefundPolicyView policy={policy} />
      {canPublish ? (
        <RefundPolicyForm current={policy} publish={publishRefundPolicyAction.bind(null, access.centerSlug)} />
      ) : (
        <p className="mt-8 text-sm text-slate-600">{t("readOnly")}</p>
      )}
    </main>
  );
}
