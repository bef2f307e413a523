import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Avatar } from "@/components/catalog/avatar";
import { CourseSection } from "@/components/catalog/course-grid";
import { FollowButton } from "@/components/catalog/follow-button";
import { getWebActor } from "@/lib/auth/web-actor";
import { cachedGetPublicInstructor, cachedListCourses, cachedListInstructorCenters } from "@/lib/catalog/cached-catalog";
import { isFollowing } from "@/lib/follows/is-following";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { followAction, unfollowAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  const locale = await currentLocale();
  const instructor = await cachedGetPublicInstructor(id, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { instructor, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { instructor } = await load((await params).id);
  return { title: instructor.name, description: instructor.headline ?? undefined };
}

/** An instructor's public page: bio, followers, centers, published courses, and Follow / Unfollow. */
export default async function InstructorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { instructor, locale } = await load(id);
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" && raw.length <= 512 ? raw : undefined;
  const actor = await getWebActor();
  const [t, centers, following, page] = await Promise.all([
    getTranslations("instructorPage"),
    cachedListInstructorCenters(id, locale),
    // Personal, so never part of the cached profile (whose `following` is always null).
    actor ? isFollowing({ actor, instructorId: id }) : null,
    cachedListCourses({ locale, limit: 24, instructorId: id, cursor }).catch((error: unknown) => {
      // A forged or stale cursor shows the first page instead of an error.
      if (error instanceof AppError) return cachedListCourses({ locale, limit: 24, instructorId: id });
      throw error;
    }),
  ]);
  return (
    <article className="space-y-8">
      <header className="flex flex-wrap items-start gap-5">
        <Avatar name={instructor.name} imageUrl={instructor.photoUrl} alt={t("photoAlt", { name: instructor.name })} size={96} />
        <div className="min-w-0 flex-1 space-y-2">
          <h1 className="text-3xl font-bold">{instructor.name}</h1>
          {instructor.headline ? <p className="text-lg text-slate-700">{instructor.headline}</p> : null}
          <p className="text-sm text-slate-600">
            <span data-testid="follower-count">{t("followers", { count: instructor.followerCount })}</span> · {t("courseCount", { count: instructor.courseCount })}
          </p>
          <FollowButton instructorId={instructor.id} following={following} follow={followAction} unfollow={unfollowAction} />
        </div>
      </header>
      {instructor.bio ? <p className="max-w-3xl whitespace-pre-line text-slate-800">{instructor.bio}</p> : null}
      {centers.length > 0 ? (
        <section aria-labelledby="centers">
          <h2 id="centers" className="text-xl font-semibold">{t("centers")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {centers.map((center) => (
              <li key={center.id}>
                <Link href={`/centers/${center.slug}`} className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-700 hover:underline">
                  {center.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CourseSection title={t("courses")} emptyMessage={t("noCourses")} page={page} path={`/instructors/${id}`} moreLabel={t("moreCourses")} />
    </article>
  );
}
