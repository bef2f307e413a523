import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CourseList } from "@/components/center/course-list";
import { CenterOverviewView } from "@/components/center/overview/center-overview";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { findCenterPageAccess } from "@/lib/access/center-page";
import { getWebActor } from "@/lib/auth/web-actor";
import { hasPermission } from "@/lib/access/center-scope";
import { getCenterPublic } from "@/lib/centers/get-center-public";
import { getCenterOverview } from "@/lib/centers/overview/get-center-overview";
import { overviewPeriodFromQuery } from "@/lib/centers/overview/overview-period";
import { listCenterCourses } from "@/lib/centers/staff/list-center-courses";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const center = await getCenterPublic(slug, await currentLocale());
  return { title: center?.name ?? slug, robots: { index: false } };
}

/**
 * Entry of a center's dashboard. Authorization happens here, in the page (never in a layout):
 * a signed-in staff member of this center gets the overview for a period (`?range=7|30|90` or
 * `?range=custom&from=&to=`, Yangon days) with the figures their role may read — instructors only
 * their assigned courses' figures, and their course list; a signed-in person who is not its staff
 * gets 404, like any other center-B object (S5); a signed-out visitor sees the public sign-in
 * explanation only.
 */
export default async function CenterDashboardPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const locale = await currentLocale();
  const access = await findCenterPageAccess(slug);
  if (access) {
    const query = await searchParams;
    const requested = { range: firstParam(query.range), from: firstParam(query.from), to: firstParam(query.to) };
    const { period, problem } = overviewPeriodFromQuery(requested);
    const instructor = access.role === "INSTRUCTOR" && hasPermission(access, "course.read");
    const [overview, courses] = await Promise.all([getCenterOverview(access, period, locale), instructor ? listCenterCourses(access, locale) : null]);
    return (
      <main className="mx-auto max-w-6xl px-4 py-8">
        <CenterHeader access={access} locale={locale} />
        <CenterOverviewView access={access} overview={overview} locale={locale} problem={problem} requested={requested} />
        {courses ? <CourseList courses={courses} mine /> : null}
      </main>
    );
  }
  if (await getWebActor()) notFound();
  const [t, tAdmin, center] = await Promise.all([getTranslations("center"), getTranslations("centerAdmin"), getCenterPublic(slug, locale)]);
  if (!center) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <div className="flex justify-end">
        <LanguageSwitch />
      </div>
      <h1 className="mt-6 text-2xl font-bold">{t("signInTitle", { center: center.name })}</h1>
      {center.status === "PENDING" ? <p className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900">{t("pending")}</p> : null}
      {center.status === "SUSPENDED" ? <p className="mt-3 rounded-md bg-red-50 p-3 text-red-900">{t("suspended")}</p> : null}
      <p className="mt-4 text-slate-700">{t("signInBody")}</p>
      <p className="mt-2 text-sm text-slate-500">{t("publishedCourses", { count: center.publishedCourseCount })}</p>
      <Link href={`/login?next=${encodeURIComponent(`/center/${center.slug}`)}`} className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-white">
        {tAdmin("signIn")}
      </Link>
    </main>
  );
}
