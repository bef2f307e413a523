"use server";

import { deleteSection } from "@/lib/authoring/delete-section";
import { createLesson, deleteLesson, moveLesson, updateLesson } from "@/lib/authoring/lessons";
import type { CreateLessonInput, CreateSectionInput, MoveLessonInput, MoveSectionInput, UpdateLessonInput, UpdateSectionInput } from "@/lib/authoring/schemas";
import { createSection, moveSection, updateSection } from "@/lib/authoring/sections";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { withCourseAccess } from "../action-access";

// The outline editor's actions. Each child (section, lesson) is loaded by the domain through the
// access's scope, so an id of another center or of an unassigned course answers `not_found`.

export async function createSectionAction(slug: string, input: CreateSectionInput): Promise<ActionResult<{ sectionId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ sectionId: (await createSection(access, input, client)).sectionId })));
}

export async function updateSectionAction(slug: string, input: UpdateSectionInput): Promise<ActionResult<{ sectionId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => updateSection(access, input, client)));
}

export async function deleteSectionAction(slug: string, sectionId: string): Promise<ActionResult<{ sectionId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => deleteSection(access, { sectionId }, client)));
}

export async function moveSectionAction(slug: string, input: MoveSectionInput): Promise<ActionResult<{ sectionIds: string[] }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => moveSection(access, input, client)));
}

export async function createLessonAction(slug: string, input: CreateLessonInput): Promise<ActionResult<{ lessonId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ lessonId: (await createLesson(access, input, client)).lessonId })));
}

export async function updateLessonAction(slug: string, input: UpdateLessonInput): Promise<ActionResult<{ lessonId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => updateLesson(access, input, client)));
}

export async function deleteLessonAction(slug: string, lessonId: string): Promise<ActionResult<{ lessonId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => deleteLesson(access, { lessonId }, client)));
}

export async function moveLessonAction(slug: string, input: MoveLessonInput): Promise<ActionResult<{ sectionId: string; lessonIds: string[] }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => moveLesson(access, input, client)));
}
