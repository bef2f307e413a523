"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { STUDENT_PAGE_SIZE, type ListCenterStudentsFilters } from "@/lib/centers/students/student-schemas";
import { fetchStudentRows } from "./fetch-student-rows";
import { studentKeys } from "./student-keys";
import { StudentRows } from "./student-rows";
import { StudentsFilters } from "./students-filters";

type Props = { slug: string; centerId: string; courses: { id: string; title: string }[] };

const SEARCH_DELAY_MS = 300;

/** The center's students: search, filters, sort and pages, read from the rows route through TanStack Query. */
export function StudentsTable({ slug, centerId, courses }: Props) {
  const t = useTranslations("centerStudents.list");
  const [search, setSearch] = useState("");
  const [filters, setFilters] = useState<ListCenterStudentsFilters>({ sort: "activity", page: 1, pageSize: STUDENT_PAGE_SIZE });

  // Typing settles before the search is sent (one request per pause, not per key).
  useEffect(() => {
    const q = search.trim() || undefined;
    const timer = setTimeout(() => setFilters((current) => (current.q === q ? current : { ...current, q, page: 1 })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const query = useQuery({
    queryKey: studentKeys.list(centerId, filters),
    queryFn: ({ signal }) => fetchStudentRows(slug, filters, signal),
    placeholderData: keepPreviousData,
  });
  const change = (update: Partial<ListCenterStudentsFilters>) => setFilters((current) => ({ ...current, ...update, page: 1 }));
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const filtered = Boolean(filters.q || filters.courseId || filters.status);

  return (
    <section aria-busy={query.isFetching}>
      <StudentsFilters courses={courses} search={search} onSearch={setSearch} filters={filters} onChange={change} />
      {query.isError ? (
        <p role="alert" className="mt-6 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {t("loadFailed", { message: query.error.message })}
        </p>
      ) : null}
      {!data ? (
        query.isPending ? <p className="mt-6 text-slate-500">{t("loading")}</p> : null
      ) : data.items.length === 0 ? (
        <p className="mt-6 text-slate-500">{filtered ? t("noMatch") : t("empty")}</p>
      ) : (
        <StudentRows slug={slug} items={data.items} />
      )}
      {data && data.total > 0 ? (
        <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <Button variant="secondary" size="sm" disabled={filters.page <= 1} onClick={() => setFilters((current) => ({ ...current, page: current.page - 1 }))}>
            {t("previous")}
          </Button>
          <span aria-live="polite">{t("pageOf", { page: filters.page, pages, total: data.total })}</span>
          <Button variant="secondary" size="sm" disabled={filters.page >= pages} onClick={() => setFilters((current) => ({ ...current, page: current.page + 1 }))}>
            {t("next")}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
