import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/center/activity-table";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { listAllActivity } from "@/lib/audit/list-activity";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { pageQuery } from "@/lib/http/pagination";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ cursor?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerAdmin.activity");
  return { title: t("allTitle"), robots: { index: false } };
}

/** The operator's view of all activity. Platform admins only; anyone else sees the 404 page. */
export default async function AdminActivityPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent("/admin/activity")}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerAdmin.activity"), searchParams]);
  // A cursor that does not decode starts from the newest entries instead of failing the page.
  const cursor = pageQuery.safeParse({ cursor: query.cursor }).data?.cursor;
  const page = await listAllActivity(actor, { cursor, limit: 50 }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return listAllActivity(actor, { limit: 50 });
    throw error;
  });
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("allTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <LanguageSwitch />
      </div>
      <ActivityTable
        items={page.items}
        locale={locale}
        showCenter
        nextHref={page.nextCursor ? `/admin/activity?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        firstHref={cursor ? "/admin/activity" : null}
      />
    </main>
  );
}
