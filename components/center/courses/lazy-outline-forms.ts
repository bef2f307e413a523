"use client";

import dynamic from "next/dynamic";

// The outline's forms open only on "Add" or "Edit": loaded then, not with the page (the dashboard's
// first-load budget, issue 6). The editor shows the outline meanwhile.
export const LessonForm = dynamic(() => import("./lesson-form").then((m) => m.LessonForm));
export const SectionForm = dynamic(() => import("./section-form").then((m) => m.SectionForm));
