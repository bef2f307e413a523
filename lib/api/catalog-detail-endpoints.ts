import { z } from "zod";
import { centerProfileDto } from "@/lib/catalog/get-center";
import { courseDetailDto } from "@/lib/catalog/get-course";
import { instructorProfileDto } from "@/lib/catalog/get-instructor";
import { defineEndpoint } from "@/lib/http/endpoint";

const idParams = z.object({ id: z.uuid() });

// Public profile reads are mostly served from memory (lib/cache): an exact shared counter would add
// a database write to each of them. Batched, the limit holds across instances (within a bounded
// overshoot) and still stops one address from walking ids past the cache (ADR 0039, 0043).
const catalogDetailLimit = { bucket: "catalog.detail", limit: 600, windowSeconds: 60, counted: "batched" } as const;

export const getCourseEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/courses/{id}",
  operationId: "getCourse",
  summary: "A course's outline, price, instructors, center and upcoming live classes",
  description:
    "Public; a token adds `enrolled`, `progress` and per-lesson `completed`. Never contains a lesson body or a live-class join link. An unpublished course, or one of an inactive center, is 404 (except to its enrolled students).",
  tags: ["Catalog"],
  access: "optional",
  params: idParams,
  response: courseDetailDto,
  errors: ["not_found"],
  rateLimit: catalogDetailLimit,
});

export const getCenterEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/centers/{id}",
  operationId: "getCenter",
  summary: "A center's public profile with its newest published courses",
  tags: ["Catalog"],
  access: "public",
  params: idParams,
  response: centerProfileDto,
  errors: ["not_found"],
  rateLimit: catalogDetailLimit,
});

export const getInstructorEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/instructors/{id}",
  operationId: "getInstructor",
  summary: "An instructor's public profile, follower count and published courses",
  description: "With a token, `following` says whether the caller follows the instructor.",
  tags: ["Catalog"],
  access: "optional",
  params: idParams,
  response: instructorProfileDto,
  errors: ["not_found"],
  rateLimit: catalogDetailLimit,
});

export const followInstructorEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/instructors/{id}/follow",
  operationId: "followInstructor",
  summary: "Follow an instructor (idempotent)",
  tags: ["Catalog"],
  access: "user",
  params: idParams,
  response: z.null(),
  successStatus: 204,
  errors: ["not_found"],
  rateLimit: { bucket: "follows.write", limit: 120, windowSeconds: 60 },
});

export const unfollowInstructorEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/instructors/{id}/follow",
  operationId: "unfollowInstructor",
  summary: "Stop following an instructor (idempotent)",
  tags: ["Catalog"],
  access: "user",
  params: idParams,
  response: z.null(),
  successStatus: 204,
  rateLimit: { bucket: "follows.write", limit: 120, windowSeconds: 60 },
});
