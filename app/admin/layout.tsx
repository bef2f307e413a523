import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";

/**
 * The admin area's shared navigation. It only shows for a platform admin (anyone else is shown
 * the 404 page and must not learn the area's sections); every page still checks access itself.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getWebActor();
  if (actor?.platformRole !== "PLATFORM_ADMIN") return children;
  const t = await getTranslations("platformAdmin");
  return (
    <>
      <nav aria-label={t("navLabel")} className="border-b border-slate-200 bg-slate-50">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
          <li>
            <Link href="/admin" className="font-semibold text-brand-700 hover:underline">
              {t("nav.home")}
            </Link>
          </li>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="text-brand-700 hover:underline">
                {t(`nav.${section.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
