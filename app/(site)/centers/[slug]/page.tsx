import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/catalog/avatar";
import { CourseSection } from "@/components/catalog/course-grid";
import { InstructorList } from "@/components/catalog/instructor-list";
import { cachedGetCenterBySlug, cachedListCenterInstructors, cachedListCourses } from "@/lib/catalog/cached-catalog";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

async function load(slug: string) {
  const locale = await currentLocale();
  const center = await cachedGetCenterBySlug(slug, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { center, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { center } = await load((await params).slug);
  return { title: center.name, description: center.description?.slice(0, 160) };
}

// The website is shown only as an http(s) link: a stored javascript: or data: URL must never become one.
const isWebUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** A center's public page (ACTIVE centers only): profile, instructors, published courses page by page. */
export default async function CenterPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { center, locale } = await load(slug);
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" && raw.length <= 512 ? raw : undefined;
  const [t, tr, instructors, page] = await Promise.all([
    getTranslations("centerPage"),
    getTranslations("checkout.refundPolicy"),
    cachedListCenterInstructors(center.id, locale),
    cachedListCourses({ locale, limit: 24, centerId: center.id, cursor }).catch((error: unknown) => {
      // A forged or stale cursor shows the first page instead of an error.
      if (error instanceof AppError) return cachedListCourses({ locale, limit: 24, centerId: center.id });
      throw error;
    }),
  ]);
  return (
    <article className="space-y-8">
      <header className="flex flex-wrap items-start gap-5">
        <Avatar name={center.name} imageUrl={center.logoUrl} alt={t("logoAlt", { center: center.name })} size={96} />
        <div className="min-w-0 flex-1 space-y-2">
          <h1 className="text-3xl font-bold">{center.name}</h1>
          <p className="text-sm text-slate-600">
            {t("courseCount", { count: center.courseCount })} ·{" "}
            <Link href={`/centers/${center.slug}/refund-policy`} className="text-brand-700 underline">
              {tr("link")}
            </Link>
          </p>
          {center.description ? <p className="max-w-3xl whitespace-pre-line text-slate-800">{center.description}</p> : null}
          {center.address || isWebUrl(center.websiteUrl) ? (
            <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
              {center.address ? (
                <>
                  <dt className="text-slate-500">{t("address")}</dt>
                  <dd>{center.address}</dd>
                </>
              ) : null}
              {isWebUrl(center.websiteUrl) ? (
                <>
                  <dt className="text-slate-500">{t("website")}</dt>
                  <dd>
                    <a href={center.websiteUrl} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
                      {center.websiteUrl.replace(/^https?:\/\//i, "")}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </div>
      </header>
      {instructors.length > 0 ? (
        <section aria-labelledby="instructors">
          <h2 id="instructors" className="text-xl font-semibold">{t("instructors")}</h2>
          <InstructorList instructors={instructors} />
        </section>
      ) : null}
      <CourseSection title={t("courses")} emptyMessage={t("noCourses")} page={page} path={`/centers/${center.slug}`} moreLabel={t("moreCourses")} />
    </article>
  );
}
