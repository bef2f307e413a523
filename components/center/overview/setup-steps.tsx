import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { hasPermission, type CenterAccess } from "@/lib/access/center-scope";
import type { SetupStep } from "@/lib/centers/overview/setup-state";

const linkClass = "inline-block rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white";

/** A new center's next step, with the link that does it (shown only when the role may do it). */
export async function SetupSteps({ access, step }: { access: CenterAccess; step: Exclude<SetupStep, null> }) {
  const t = await getTranslations("centerOverview.setup");
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  const links: { href: string; label: string }[] = [];
  if (step === "create_course" && hasPermission(access, "course.create")) links.push({ href: `${base}/courses/new`, label: t("create_course.action") });
  if (step === "publish_course" && hasPermission(access, "course.publish")) links.push({ href: `${base}/courses`, label: t("publish_course.action") });
  if (step === "first_sale") {
    links.push({ href: `/centers/${encodeURIComponent(access.centerSlug)}`, label: t("first_sale.share") });
    if (hasPermission(access, "coupon.create")) links.push({ href: `${base}/coupons/new`, label: t("first_sale.coupon") });
  }
  return (
    <section aria-labelledby="setup-heading" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid="overview-setup" data-step={step}>
      <h3 id="setup-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t(`${step}.body`)}</p>
      {links.length > 0 ? (
        <p className="mt-3 flex flex-wrap gap-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={linkClass}>
              {link.label}
            </Link>
          ))}
        </p>
      ) : null}
    </section>
  );
}
