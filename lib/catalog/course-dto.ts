import { z } from "zod";

export const money = z
  .object({
    amount: z.number().int().meta({ description: "Integer in the currency's platform unit (whole kyat for MMK)." }),
    currency: z.string().meta({ example: "MMK" }),
  })
  .meta({ id: "Money" });

export const courseSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string().meta({ description: "In the language of Accept-Language, falling back to the other." }),
    summary: z.string().nullable(),
    level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED", "ALL_LEVELS"]),
    language: z.enum(["MY", "EN", "BILINGUAL"]).meta({ description: "Language the course is taught in: MY, EN or BILINGUAL." }),
    price: money,
    coverImageUrl: z.string().nullable(),
    lessonCount: z.number().int(),
    publishedAt: z.iso.datetime().nullable(),
    center: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    category: z.object({ id: z.uuid(), name: z.string() }),
    instructors: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: "CourseSummary" });

export type CourseSummary = z.input<typeof courseSummary>;
