import { z } from "zod";
import { unicodeLine, unicodeText } from "@/lib/text/unicode-schema";

/**
 * One zod schema per authoring use case, shared by the dashboard forms (react-hook-form resolver),
 * their server actions and the domain functions. Bilingual text is `xEn` / `xMy`; a title needs at
 * least one of the two. Omitted fields are left unchanged by the update schemas; null clears.
 * Typed text is stored as Unicode (Zawgyi converted): titles and summaries on one line, descriptions
 * and bodies with their line breaks.
 */
const line = (max: number) => unicodeLine().min(1).max(max).nullish();
const text = (max: number) => unicodeText().min(1).max(max).nullish();
const TITLE_MAX = 200;
const hasTitle = (v: { titleEn?: string | null; titleMy?: string | null }) => Boolean(v.titleEn || v.titleMy);
const titleMessage = { message: "Give a title in English or Burmese", path: ["titleEn"] };
// On an update the stored titles count too: the function checks that the merged pair is not empty.

const courseFields = {
  categoryId: z.uuid(),
  titleEn: line(TITLE_MAX),
  titleMy: line(TITLE_MAX),
  summaryEn: line(500),
  summaryMy: line(500),
  descriptionEn: text(20_000),
  descriptionMy: text(20_000),
  coverImageUrl: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
  level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED", "ALL_LEVELS"]).optional(),
  language: z.enum(["MY", "EN", "BILINGUAL"]).optional(),
};

export const priceFields = {
  /** Whole kyat for MMK (the platform's unit, ADR 0001). */
  priceAmount: z.number().int().min(0).max(100_000_000),
  currency: z.enum(["MMK", "USD"]),
};

export const createCourseInput = z
  .object({
    ...courseFields,
    slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and hyphens").max(80).optional(),
    priceAmount: priceFields.priceAmount,
    currency: priceFields.currency.default("MMK"),
  })
  .refine(hasTitle, titleMessage);

export const updateCourseInput = z
  .object({
    courseId: z.uuid(),
    ...courseFields,
    categoryId: courseFields.categoryId.optional(),
    priceAmount: priceFields.priceAmount.optional(),
    currency: priceFields.currency.optional(),
  });

export const courseIdInput = z.object({ courseId: z.uuid() });

export const createSectionInput = z
  .object({ courseId: z.uuid(), titleEn: line(TITLE_MAX), titleMy: line(TITLE_MAX) })
  .refine(hasTitle, titleMessage);

export const updateSectionInput = z.object({ sectionId: z.uuid(), titleEn: line(TITLE_MAX), titleMy: line(TITLE_MAX) });

/** `position` is the 0-based index the item should have after the move; past the end means last. */
export const moveSectionInput = z.object({ sectionId: z.uuid(), position: z.number().int().min(0) });

const lessonFields = {
  kind: z.enum(["VIDEO", "TEXT", "FILE"]),
  titleEn: line(TITLE_MAX),
  titleMy: line(TITLE_MAX),
  bodyEn: unicodeText().max(100_000).nullish(),
  bodyMy: unicodeText().max(100_000).nullish(),
  videoUrl: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
  durationSeconds: z.number().int().min(0).max(24 * 3600).nullish(),
  isPreview: z.boolean().optional(),
};

export const createLessonInput = z.object({ sectionId: z.uuid(), ...lessonFields }).refine(hasTitle, titleMessage);

export const updateLessonInput = z.object({ lessonId: z.uuid(), ...lessonFields, kind: lessonFields.kind.optional() });

/** Moves a lesson within its section, or into another section of the same course. */
export const moveLessonInput = z.object({ lessonId: z.uuid(), sectionId: z.uuid().optional(), position: z.number().int().min(0) });

export const lessonIdInput = z.object({ lessonId: z.uuid() });

/** `instructorId` is the InstructorProfile id (the one the catalog shows). */
export const courseInstructorInput = z.object({ courseId: z.uuid(), instructorId: z.uuid() });

export type CreateCourseInput = z.input<typeof createCourseInput>;
export type UpdateCourseInput = z.input<typeof updateCourseInput>;
export type CreateSectionInput = z.input<typeof createSectionInput>;
export type UpdateSectionInput = z.input<typeof updateSectionInput>;
export type MoveSectionInput = z.input<typeof moveSectionInput>;
export type CreateLessonInput = z.input<typeof createLessonInput>;
export type UpdateLessonInput = z.input<typeof updateLessonInput>;
export type MoveLessonInput = z.input<typeof moveLessonInput>;
export type CourseInstructorInput = z.input<typeof courseInstructorInput>;
