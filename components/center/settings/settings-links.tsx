import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { hasPermission, type CenterAccess } from "@/lib/access/center-scope";

/** Links to the settings that live on their own pages, each shown only to roles that may open it. */
export async function SettingsLinks({ access }: { access: CenterAccess }) {
  const t = await getTranslations("centerSettings.links");
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  const links = [
    { href: `${base}/settings/sessions`, label: t("sessions"), hint: t("sessionsHint"), show: hasPermission(access, "session.read") },
    {
      href: `${base}/refund-policy`,
      label: t("refundPolicy"),
      hint: t("refundPolicyHint"),
      show: hasPermission(access, "refund_policy.update") || hasPermission(access, "order.read"),
    },
    { href: `${base}/activity`, label: t("activity"), hint: t("activityHint"), show: hasPermission(access, "activity.read") },
  ].filter((link) => link.show);
  if (links.length === 0) return null;
  return (
    <section className="mt-10" aria-labelledby="settings-links-heading">
      <h2 id="settings-links-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {links.map((link) => (
          <li key={link.href} className="rounded-md border border-slate-200 p-3">
            <Link href={link.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {link.label}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{link.hint}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
