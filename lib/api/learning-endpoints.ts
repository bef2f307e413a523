import { z } from "zod";
import { followingDto } from "@/lib/follows/list-following";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageOf, pageQuery } from "@/lib/http/pagination";
import { completeLessonResult } from "@/lib/learning/complete-lesson";
import { lessonDto } from "@/lib/learning/get-lesson";
import { myCourseDto } from "@/lib/learning/list-my-courses";

export const getLessonEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/courses/{id}/lessons/{lessonId}",
  operationId: "getLesson",
  summary: "A lesson with its body, for students enrolled in the course",
  description:
    "Enrolled students (ACTIVE enrollment) get every lesson of the course. A lesson marked `isPreview` of a published course is open to anyone signed in. Everyone else — and a lesson of another course — gets 404, exactly as for a missing id.",
  tags: ["Learning"],
  access: "user",
  params: z.object({ id: z.uuid(), lessonId: z.uuid() }),
  response: lessonDto,
  errors: ["not_found"],
});

export const completeLessonEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/lessons/{lessonId}/complete",
  operationId: "completeLesson",
  summary: "Mark a lesson complete (idempotent); answers the course progress",
  description: "Enrolled students only; anyone else gets 404. Repeating the call keeps the first completion time.",
  tags: ["Learning"],
  access: "user",
  params: z.object({ lessonId: z.uuid() }),
  response: completeLessonResult,
  errors: ["not_found"],
  rateLimit: { bucket: "learning.complete", limit: 300, windowSeconds: 60 },
});

export const listMyCoursesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/courses",
  operationId: "listMyCourses",
  summary: "The caller's courses (active enrollments), newest first, with progress",
  tags: ["Me"],
  access: "user",
  query: pageQuery,
  response: pageOf(myCourseDto),
});

export const listMyFollowingEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/following",
  operationId: "listMyFollowing",
  summary: "The instructors the caller follows, most recent first",
  tags: ["Me"],
  access: "user",
  query: pageQuery,
  response: pageOf(followingDto),
});
