import { getTranslations } from "next-intl/server";
import { COURSE_STATUSES, type CourseStatus } from "@/lib/authoring/reads/list-center-courses-for-admin";

/** The course list's status filter: a plain GET form, so it works without client JavaScript. */
export async function CourseStatusFilter({ action, status }: { action: string; status?: CourseStatus }) {
  const t = await getTranslations("centerCourses");
  return (
    <form method="get" action={action} className="mt-6 flex flex-wrap items-end gap-3" role="search">
      <label className="flex flex-col text-sm">
        {t("list.statusFilter")}
        <select name="status" defaultValue={status ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
          <option value="">{t("list.allStatuses")}</option>
          {COURSE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 px-4 py-2">
        {t("list.filter")}
      </button>
    </form>
  );
}
