import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import type { CourseSummary } from "@/lib/catalog/course-dto";
import { formatMoney } from "@/lib/i18n/format-money";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function CourseCard({ course }: { course: CourseSummary }) {
  const [t, locale] = await Promise.all([getTranslations("home"), currentLocale()]);
  const price = course.price.amount === 0 ? t("free") : formatMoney(course.price, locale);
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="course-card">
      <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{course.category.name}</p>
      <h3 className="mt-1 text-base font-semibold leading-snug">
        <Link href={`/courses/${course.id}`} className="hover:text-brand-700 hover:underline">
          {course.title}
        </Link>
      </h3>
      {course.summary ? <p className="mt-2 line-clamp-3 text-sm text-slate-600">{course.summary}</p> : null}
      <p className="mt-3 text-sm text-slate-500">{t("byCenter", { center: course.center.name })}</p>
      {course.instructors.length > 0 ? (
        <p className="text-sm text-slate-500">{course.instructors.map((i) => i.name).join(", ")}</p>
      ) : null}
      <div className="mt-auto flex items-center justify-between pt-4 text-sm">
        <span className="text-slate-500">
          {t(`level.${course.level}`)} · {t("lessons", { count: course.lessonCount })}
        </span>
        <span className="font-semibold text-slate-900">{price}</span>
      </div>
    </article>
  );
}
