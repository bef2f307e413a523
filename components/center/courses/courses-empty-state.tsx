import { getTranslations } from "next-intl/server";

/**
 * What a center with no course yet sees: what to do first (the "New course" button sits above it),
 * or, for an instructor, whom to ask.
 */
export async function CoursesEmptyState({ canCreate }: { canCreate: boolean }) {
  const t = await getTranslations("centerCourses.list");
  if (!canCreate) return <p className="mt-8 rounded-md bg-slate-50 p-4 text-slate-700">{t("emptyInstructor")}</p>;
  return (
    <section className="mt-8 rounded-lg border border-dashed border-slate-300 p-6" aria-labelledby="courses-empty-title">
      <h3 id="courses-empty-title" className="text-lg font-semibold">
        {t("emptyTitle")}
      </h3>
      <p className="mt-2 max-w-2xl text-slate-700">{t("emptyBody")}</p>
    </section>
  );
}
