"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { assignInstructorAction, unassignInstructorAction } from "@/app/center/[slug]/courses/actions";
import { Button } from "@/components/ui/button";
import type { CourseInstructors } from "@/lib/authoring/reads/list-course-instructors";

type Props = { slug: string; courseId: string; instructors: CourseInstructors; canAssign: boolean };

/** The course's instructors, and (with `course.assign_instructor`) the center's others to add. */
export function InstructorPanel({ slug, courseId, instructors, canAssign }: Props) {
  const t = useTranslations("centerCourses.instructors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const change = (instructorId: string, assign: boolean) =>
    startTransition(async () => {
      setError(null);
      const input = { courseId, instructorId };
      const result = assign ? await assignInstructorAction(slug, input) : await unassignInstructorAction(slug, input);
      if (!result.ok) setError(result.error.message);
      else router.refresh();
    });

  const row = (person: { id: string; name: string }, assign: boolean) => (
    <li key={person.id} className="flex items-center justify-between gap-3 py-2">
      <span id={`instructor-${person.id}`}>{person.name}</span>
      {canAssign ? (
        <Button variant={assign ? "secondary" : "ghost"} size="sm" disabled={pending} aria-describedby={`instructor-${person.id}`} onClick={() => change(person.id, assign)}>
          {assign ? t("assign") : t("unassign")}
        </Button>
      ) : null}
    </li>
  );

  return (
    <section className="mt-10" aria-labelledby="instructors-heading">
      <h3 id="instructors-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-3 grid gap-6 sm:grid-cols-2">
        <div>
          <h4 className="text-sm font-medium text-slate-700">{t("assigned")}</h4>
          {instructors.assigned.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("none")}</p> : <ul className="mt-1 divide-y divide-slate-100">{instructors.assigned.map((p) => row(p, false))}</ul>}
        </div>
        {canAssign ? (
          <div>
            <h4 className="text-sm font-medium text-slate-700">{t("available")}</h4>
            {instructors.available.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("noneAvailable")}</p> : <ul className="mt-1 divide-y divide-slate-100">{instructors.available.map((p) => row(p, true))}</ul>}
          </div>
        ) : null}
      </div>
    </section>
  );
}
