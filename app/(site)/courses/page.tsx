import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CourseGrid } from "@/components/catalog/course-grid";
import { MoreLink } from "@/components/site/more-link";
import { recordCatalogSearch } from "@/lib/analytics/record-search";
import { cachedListCategories, cachedListCourses } from "@/lib/catalog/cached-catalog";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

const searchParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.uuid().optional().catch(undefined),
  cursor: z.string().max(512).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Browse and search the catalog: a search box, category chips, server-rendered pages of 24. */
export default async function CoursesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = searchParamsSchema.parse({ q: first(raw.q), category: first(raw.category), cursor: first(raw.cursor) });
  const locale = await currentLocale();
  const [t, categories] = await Promise.all([getTranslations("catalog"), cachedListCategories(locale).then((page) => page.items)]);
  const page = await cachedListCourses({ locale, limit: 24, q: params.q || undefined, categoryId: params.category, cursor: params.cursor }).catch(
    (error: unknown) => {
      // A forged or stale cursor shows the first page instead of an error.
      if (error instanceof AppError) return cachedListCourses({ locale, limit: 24, q: params.q || undefined, categoryId: params.category });
      throw error;
    },
  );
  // Not awaited: recording never slows or fails the search (ADR 0021).
  void recordCatalogSearch({ q: params.q, cursor: params.cursor, items: page.items, platform: "WEB" });
  const link = (overrides: Record<string, string | undefined>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ q: params.q, category: params.category, ...overrides })) if (value) query.set(key, value);
    const text = query.toString();
    return text ? `/courses?${text}` : "/courses";
  };
  const chip = (active: boolean) =>
    active ? "rounded-full bg-brand-600 px-3 py-1 text-sm text-white" : "rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700 hover:bg-slate-200";
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" action="/courses" role="search" className="mt-4 flex gap-2">
        {params.category ? <input type="hidden" name="category" value={params.category} /> : null}
        <label className="sr-only" htmlFor="q">
          {t("searchLabel")}
        </label>
        <input id="q" name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} className="w-full max-w-md rounded-md border border-slate-300 px-3 py-2" />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("search")}
        </button>
      </form>
      <nav aria-label={t("title")} className="mt-4 flex flex-wrap gap-2">
        <Link href={link({ category: undefined, cursor: undefined })} className={chip(!params.category)}>
          {t("allCategories")}
        </Link>
        {categories.map((category) => (
          <Link key={category.id} href={link({ category: category.id, cursor: undefined })} className={chip(params.category === category.id)}>
            {category.name}
          </Link>
        ))}
      </nav>
      <CourseGrid courses={page.items} emptyMessage={t("noResults")} listMargin="mt-6" emptyMargin="mt-8" />
      {page.nextCursor ? (
        <MoreLink href={link({ cursor: page.nextCursor })} margin="mt-8">
          {t("next")}
        </MoreLink>
      ) : null}
    </div>
  );
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
