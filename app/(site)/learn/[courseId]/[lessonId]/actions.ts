"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { completeLesson } from "@/lib/learning/complete-lesson";

const input = z.object({ courseId: z.uuid(), lessonId: z.uuid() });

/** The web twin of POST /api/v1/lessons/{id}/complete. */
export async function markLessonComplete(formData: FormData) {
  const actor = await getWebActor();
  const parsed = input.safeParse({ courseId: formData.get("courseId"), lessonId: formData.get("lessonId") });
  if (!parsed.success) redirect("/learn");
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/learn/${parsed.data.courseId}/${parsed.data.lessonId}`)}`);
  await completeLesson({ actor, lessonId: parsed.data.lessonId });
  redirect(`/learn/${parsed.data.courseId}/${parsed.data.lessonId}`);
}
