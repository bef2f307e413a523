import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { hasPermission, type CenterAccess } from "@/lib/access/center-scope";

/** The dashboard's links, shown only where the visitor's role has the permission. */
export async function CenterNav({ access }: { access: CenterAccess }) {
  const [t, tOrders, tFinance] = await Promise.all([getTranslations("centerAdmin.nav"), getTranslations("centerOrders.nav"), getTranslations("centerFinance.nav")]);
  const [tCoupons, tCourses, tStudents, tNotifications, tSettings, tOverview] = await Promise.all([
    getTranslations("centerCoupons.nav"),
    getTranslations("centerCourses.nav"),
    getTranslations("centerStudents.nav"),
    getTranslations("centerNotifications.nav"),
    getTranslations("centerSettings.nav"),
    getTranslations("centerOverview.nav"),
  ]);
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  const links = [
    { href: base, label: tOverview("overview"), show: true },
    { href: `${base}/courses`, label: tCourses("courses"), show: hasPermission(access, "course.read") },
    { href: `${base}/students`, label: tStudents("students"), show: hasPermission(access, "student.read") },
    { href: `${base}/orders`, label: tOrders("orders"), show: hasPermission(access, "order.read") },
    { href: `${base}/finance`, label: tFinance("finance"), show: hasPermission(access, "order.read") },
    { href: `${base}/refund-policy`, label: tOrders("refundPolicy"), show: hasPermission(access, "refund_policy.update") || hasPermission(access, "order.read") },
    { href: `${base}/coupons`, label: tCoupons("coupons"), show: hasPermission(access, "coupon.read") },
    { href: `${base}/notifications`, label: tNotifications("notifications"), show: hasPermission(access, "notification.read") },
    { href: `${base}/staff`, label: t("staff"), show: hasPermission(access, "staff.read") },
    { href: `${base}/activity`, label: t("activity"), show: hasPermission(access, "activity.read") },
    { href: `${base}/settings`, label: tSettings("settings"), show: hasPermission(access, "center.read") },
  ].filter((link) => link.show);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-4 border-b border-slate-200 pb-3 text-sm">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="text-brand-700 underline-offset-2 hover:underline">
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
