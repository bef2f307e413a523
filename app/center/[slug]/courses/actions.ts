"use server";

import { createCourse } from "@/lib/authoring/create-course";
import { assignInstructor, unassignInstructor } from "@/lib/authoring/instructors";
import { publishCourse, unpublishCourse } from "@/lib/authoring/publish-course";
import type { CourseInstructorInput, CreateCourseInput, UpdateCourseInput } from "@/lib/authoring/schemas";
import { updateCourse } from "@/lib/authoring/update-course";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { withCourseAccess } from "./action-access";

// The course page's actions (called from client components; each answers an ActionResult). The
// domain functions parse with the same zod schemas as the forms and check permission and scope.

/** Creates a draft course; the form then opens its page. */
export async function createCourseAction(slug: string, input: CreateCourseInput): Promise<ActionResult<{ courseId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ courseId: (await createCourse(access, input, client)).courseId })));
}

/** Saves the course details (and the price, for those with `course.price`). */
export async function updateCourseAction(slug: string, input: UpdateCourseInput): Promise<ActionResult<{ courseId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => updateCourse(access, input, client)));
}

/** Publishes a course; refused with a translated reason when it has no lesson yet. */
export async function publishCourseAction(slug: string, courseId: string): Promise<ActionResult<{ courseId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ courseId: (await publishCourse(access, { courseId }, client)).courseId })));
}

/** Takes a course back to draft (out of the catalog). */
export async function unpublishCourseAction(slug: string, courseId: string): Promise<ActionResult<{ courseId: string }>> {
  return runAction(() => withCourseAccess(slug, (access, client) => unpublishCourse(access, { courseId }, client)));
}

export async function assignInstructorAction(slug: string, input: CourseInstructorInput): Promise<ActionResult<{ instructorId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ instructorId: (await assignInstructor(access, input, client)).instructorId })));
}

export async function unassignInstructorAction(slug: string, input: CourseInstructorInput): Promise<ActionResult<{ instructorId: string }>> {
  return runAction(() => withCourseAccess(slug, async (access, client) => ({ instructorId: (await unassignInstructor(access, input, client)).instructorId })));
}
