"use client";

import { useTranslations } from "next-intl";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { ENROLLMENT_STATUS_FILTERS, STUDENT_SORTS, type ListCenterStudentsFilters } from "@/lib/centers/students/student-schemas";

type Props = {
  courses: { id: string; title: string }[];
  search: string;
  onSearch: (text: string) => void;
  filters: ListCenterStudentsFilters;
  /** A changed filter; the page goes back to the first. */
  onChange: (change: Partial<ListCenterStudentsFilters>) => void;
};

/** Search box and the course, status and sort pickers over the students table. */
export function StudentsFilters({ courses, search, onSearch, filters, onChange }: Props) {
  const t = useTranslations("centerStudents.filters");
  const tStatus = useTranslations("centerStudents.status");
  return (
    <form role="search" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(event) => event.preventDefault()}>
      <FormField id="students-q" label={t("search")} hint={t("searchHint")}>
        <input type="search" value={search} maxLength={100} onChange={(event) => onSearch(event.target.value)} className={inputClass} {...fieldProps("students-q", { hint: true })} />
      </FormField>
      <FormField id="students-course" label={t("course")}>
        <select id="students-course" className={inputClass} value={filters.courseId ?? ""} onChange={(event) => onChange({ courseId: event.target.value || undefined })}>
          <option value="">{t("allCourses")}</option>
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="students-status" label={t("status")}>
        <select
          id="students-status"
          className={inputClass}
          value={filters.status ?? ""}
          onChange={(event) => onChange({ status: ENROLLMENT_STATUS_FILTERS.find((value) => value === event.target.value) })}
        >
          <option value="">{t("anyStatus")}</option>
          {ENROLLMENT_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="students-sort" label={t("sort")}>
        <select
          id="students-sort"
          className={inputClass}
          value={filters.sort}
          onChange={(event) => onChange({ sort: STUDENT_SORTS.find((value) => value === event.target.value) ?? "activity" })}
        >
          {STUDENT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </FormField>
    </form>
  );
}
