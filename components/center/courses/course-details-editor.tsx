"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { CourseForm as CourseFormComponent } from "./course-form";

// The details form (react-hook-form, zod) loads when asked for: the course page opens on its
// outline, and its first-load JavaScript stays within the dashboard's budget (issue 6).
const CourseForm = dynamic(() => import("./course-form").then((m) => m.CourseForm));

type Props = ComponentProps<typeof CourseFormComponent> & {
  /** The details as read-only text (server-rendered), shown until the form is opened. */
  children: ReactNode;
};

/** The course's details, with an "Edit details" button that opens the form in their place. */
export function CourseDetailsEditor({ children, ...form }: Props) {
  const t = useTranslations("centerCourses.course");
  const [editing, setEditing] = useState(false);
  return (
    <div>
      {editing ? <CourseForm {...form} /> : children}
      <Button variant="secondary" size="sm" className="mt-3" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {editing ? t("closeDetails") : t("editDetails")}
      </Button>
    </div>
  );
}
