import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { BuyButton } from "@/components/checkout/buy-button";
import { getWebActor } from "@/lib/auth/web-actor";
import { cachedGetPublicCourse } from "@/lib/catalog/cached-catalog";
import { getCourse } from "@/lib/catalog/get-course";
import { AppError } from "@/lib/http/errors";
import { formatMoney } from "@/lib/i18n/format-money";
import { currentLocale } from "@/lib/i18n/current-locale";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  const [actor, locale] = await Promise.all([getWebActor(), currentLocale()]);
  // Visitors share the cached page; a signed-in student's shows their enrollment and progress.
  const read = actor ? getCourse({ courseId: id, actor, locale }) : cachedGetPublicCourse(id, locale);
  const course = await read.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { course, actor, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course } = await load((await params).id);
  return { title: course.title, description: course.summary ?? undefined };
}

/** A course's public page: outline, price, center, instructors, live classes; lessons for the enrolled. */
export default async function CoursePage({ params }: Props) {
  const { course, actor, locale } = await load((await params).id);
  const [t, th, tc, format] = await Promise.all([getTranslations("course"), getTranslations("home"), getTranslations("centerPage"), getFormatter()]);
  const price = course.price.amount === 0 ? th("free") : formatMoney(course.price, locale);
  const firstOpen = course.sections.flatMap((s) => s.lessons).find((lesson) => course.enrolled || lesson.isPreview);
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div>
        <p className="text-sm font-medium text-brand-700">{course.category.name}</p>
        <h1 className="mt-1 text-3xl font-bold">{course.title}</h1>
        {course.summary ? <p className="mt-3 text-lg text-slate-700">{course.summary}</p> : null}
        <p className="mt-3 text-sm text-slate-600">
          {tc.rich("byCenter", {
            center: course.center.name,
            link: (chunks) => (
              <Link href={`/centers/${course.center.slug}`} className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {course.description ? <p className="mt-6 whitespace-pre-line text-slate-800">{course.description}</p> : null}

        <section className="mt-8" aria-labelledby="outline">
          <h2 id="outline" className="text-xl font-semibold">
            {t("outline")} · {t("lessonsCount", { count: course.lessonCount })}
          </h2>
          <ol className="mt-3 space-y-4">
            {course.sections.map((section) => (
              <li key={section.id}>
                <h3 className="font-semibold">{section.title}</h3>
                <ul className="mt-1 divide-y divide-slate-100 rounded-lg border border-slate-200">
                  {section.lessons.map((lesson) => {
                    const open = course.enrolled || (lesson.isPreview && actor);
                    return (
                      <li key={lesson.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                        {open ? (
                          <Link href={`/learn/${course.id}/${lesson.id}`} className="text-brand-700 underline">
                            {lesson.title}
                          </Link>
                        ) : (
                          <span>{lesson.title}</span>
                        )}
                        <span className="shrink-0 text-slate-500">
                          {lesson.completed ? `✓ ${t("completed")} · ` : ""}
                          {lesson.isPreview ? `${t("preview")} · ` : ""}
                          {lesson.durationSeconds ? t("minutes", { count: Math.ceil(lesson.durationSeconds / 60) }) : ""}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </section>

        {course.upcomingLiveClasses.length > 0 ? (
          <section className="mt-8" aria-labelledby="live">
            <h2 id="live" className="text-xl font-semibold">{t("upcomingLive")}</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {course.upcomingLiveClasses.map((live) => (
                <li key={live.id}>
                  {live.title} — <time dateTime={live.startsAt}>{format.dateTime(new Date(live.startsAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <aside className="h-fit rounded-xl border border-slate-200 p-5 shadow-sm">
        <p className="text-2xl font-bold" data-testid="course-price">{price}</p>
        {course.enrolled ? (
          <>
            <p className="mt-2 font-medium text-green-700">{t("enrolled")}</p>
            {course.progress ? <p className="text-sm text-slate-600">{t("progress", { percent: course.progress.percent })}</p> : null}
            {firstOpen ? (
              <Link href={`/learn/${course.id}/${firstOpen.id}`} className="mt-4 block rounded-md bg-brand-600 px-4 py-2 text-center text-white">
                {t("continue")}
              </Link>
            ) : null}
          </>
        ) : actor ? (
          <BuyButton courseId={course.id} price={course.price} locale={locale} />
        ) : (
          <>
            <p className="mt-2 text-sm text-slate-600">{t("buyHint")}</p>
            <Link href={`/login?next=${encodeURIComponent(`/courses/${course.id}`)}`} className="mt-4 block rounded-md bg-brand-600 px-4 py-2 text-center text-white">
              {t("signInToLearn")}
            </Link>
          </>
        )}
        {course.instructors.length > 0 ? (
          <div className="mt-6">
            <h2 className="text-sm font-semibold">{t("instructors")}</h2>
            <ul className="mt-1 text-sm text-slate-700">
              {course.instructors.map((instructor) => (
                <li key={instructor.id}>
                  <Link href={`/instructors/${instructor.id}`} className="text-brand-700 underline">
                    {instructor.name}
                  </Link>
                  {instructor.headline ? <span className="block text-slate-500">{instructor.headline}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </aside>
    </article>
  );
}
