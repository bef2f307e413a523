import { getTranslations } from "next-intl/server";
import type { CourseForEditing } from "@/lib/authoring/reads/get-course-for-editing";

/** The course details for someone who may read but not edit them (the operator). */
export async function CourseDetailsView({ course, categoryName }: { course: CourseForEditing; categoryName: string }) {
  const t = await getTranslations("centerCourses");
  const rows: [string, string | null][] = [
    [t("form.titleEn"), course.titleEn],
    [t("form.titleMy"), course.titleMy],
    [t("form.summaryEn"), course.summaryEn],
    [t("form.summaryMy"), course.summaryMy],
    [t("form.category"), categoryName],
    [t("form.level"), t(`level.${course.level}`)],
    [t("form.language"), t(`language.${course.language}`)],
  ];
  return (
    <section aria-labelledby="details-heading">
      <h3 id="details-heading" className="text-base font-semibold">
        {t("form.detailsHeading")}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
