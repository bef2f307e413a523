import { getTranslations } from "next-intl/server";
import type { DashboardCourse } from "@/lib/centers/staff/list-center-courses";

/** The dashboard's course list: every course for admins, the assigned ones for instructors. */
export async function CourseList({ courses, mine }: { courses: DashboardCourse[]; mine: boolean }) {
  const t = await getTranslations("centerAdmin.courses");
  return (
    <section className="mt-8" aria-labelledby="courses-heading">
      <h2 id="courses-heading" className="text-lg font-semibold">
        {mine ? t("myHeading") : t("heading")}
      </h2>
      {courses.length === 0 ? (
        <p className="mt-3 text-slate-500">{mine ? t("myEmpty") : t("empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="center-courses">
          {courses.map((course) => (
            <li key={course.id} className="flex items-center justify-between gap-4 p-3">
              <span>{course.title}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`status.${course.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
