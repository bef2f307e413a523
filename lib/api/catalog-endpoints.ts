import { z } from "zod";
import { categoryDto } from "@/lib/catalog/list-categories";
import { courseSummary } from "@/lib/catalog/course-dto";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageOf, pageQuery } from "@/lib/http/pagination";

export const listCategoriesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/categories",
  operationId: "listCategories",
  summary: "All course categories, in display order",
  tags: ["Catalog"],
  access: "public",
  response: z.object({ items: z.array(categoryDto) }),
});

export const listCoursesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/courses",
  operationId: "listCourses",
  summary: "Published courses, newest first; filter and search in Burmese or English",
  tags: ["Catalog"],
  access: "optional",
  query: pageQuery.extend({
    q: z.string().trim().min(1).max(100).optional().meta({ description: "Words from a title or summary, Burmese or English." }),
    categoryId: z.uuid().optional(),
    centerId: z.uuid().optional(),
    instructorId: z.uuid().optional(),
  }),
  response: pageOf(courseSummary),
  // No per-request rate limit: it would cost a database write per cached read; public catalog
  // reads are served from memory (lib/cache) and shielded by the CDN.
});
