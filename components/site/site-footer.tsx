import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const links = [
    { href: "/privacy", label: t("privacy") },
    { href: "/privacy/center-admin", label: t("centerAdminPrivacy") },
    { href: "/privacy/chatbot", label: t("chatbotPrivacy") },
    { href: "/refund-policy", label: t("refundPolicy") },
    { href: "/api/v1/docs", label: t("apiReference") },
  ];
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600">
        <p>© {t("company")}</p>
        <ul className="flex flex-wrap gap-4">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="hover:text-brand-700">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
