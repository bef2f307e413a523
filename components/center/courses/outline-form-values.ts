import type { CreateLessonInput, CreateSectionInput, UpdateLessonInput, UpdateSectionInput } from "@/lib/authoring/schemas";

// The section and lesson forms hold strings; these pure functions turn them into the input of the
// SAME zod schemas the server actions use (create: blank → left out; update: blank → null, cleared).

export type SectionFormValues = { titleEn: string; titleMy: string };

export type LessonKind = "VIDEO" | "TEXT" | "FILE";

export type LessonFormValues = {
  kind: LessonKind;
  titleEn: string;
  titleMy: string;
  bodyEn: string;
  bodyMy: string;
  videoUrl: string;
  /** Typed in MINUTES (the schema's field name keeps its error on this input); stored as seconds. */
  durationSeconds: string;
  isPreview: boolean;
};

const blankToUndefined = (text: string) => (text.trim() === "" ? undefined : text);
const blankToNull = (text: string) => (text.trim() === "" ? null : text);
const toLatinDigits = (text: string) => text.replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040)).replace(/\u101D/g, "0");

/** Minutes typed ("12", "၁၂", "1.5") as whole seconds; NaN when not a number, null when blank. */
export function minutesToSeconds(text: string): number | null {
  const plain = toLatinDigits(text).trim();
  if (plain === "") return null;
  return /^\d+(\.\d+)?$/.test(plain) ? Math.round(Number(plain) * 60) : Number.NaN;
}

export function toCreateSectionInput(courseId: string, values: SectionFormValues): CreateSectionInput {
  return { courseId, titleEn: blankToUndefined(values.titleEn), titleMy: blankToUndefined(values.titleMy) };
}

export function toUpdateSectionInput(sectionId: string, values: SectionFormValues): UpdateSectionInput {
  return { sectionId, titleEn: blankToNull(values.titleEn), titleMy: blankToNull(values.titleMy) };
}

export function toCreateLessonInput(sectionId: string, values: LessonFormValues): CreateLessonInput {
  const video = values.kind === "VIDEO";
  return {
    sectionId,
    kind: values.kind,
    titleEn: blankToUndefined(values.titleEn),
    titleMy: blankToUndefined(values.titleMy),
    bodyEn: blankToUndefined(values.bodyEn),
    bodyMy: blankToUndefined(values.bodyMy),
    videoUrl: video ? blankToUndefined(values.videoUrl) : undefined,
    durationSeconds: video ? (minutesToSeconds(values.durationSeconds) ?? undefined) : undefined,
    isPreview: values.isPreview,
  };
}

/** An edit: blank text clears; the video fields are sent only for a video lesson (others keep theirs). */
export function toUpdateLessonInput(lessonId: string, values: LessonFormValues): UpdateLessonInput {
  const video = values.kind === "VIDEO";
  return {
    lessonId,
    kind: values.kind,
    titleEn: blankToNull(values.titleEn),
    titleMy: blankToNull(values.titleMy),
    bodyEn: blankToNull(values.bodyEn),
    bodyMy: blankToNull(values.bodyMy),
    ...(video ? { videoUrl: blankToNull(values.videoUrl), durationSeconds: minutesToSeconds(values.durationSeconds) } : {}),
    isPreview: values.isPreview,
  };
}

type StoredLesson = { kind: LessonKind; titleEn: string | null; titleMy: string | null; bodyEn: string | null; bodyMy: string | null; videoUrl: string | null; durationSeconds: number | null; isPreview: boolean };

export function lessonFormDefaults(lesson: StoredLesson | null): LessonFormValues {
  return {
    kind: lesson?.kind ?? "TEXT",
    titleEn: lesson?.titleEn ?? "",
    titleMy: lesson?.titleMy ?? "",
    bodyEn: lesson?.bodyEn ?? "",
    bodyMy: lesson?.bodyMy ?? "",
    videoUrl: lesson?.videoUrl ?? "",
    durationSeconds: lesson?.durationSeconds == null ? "" : String(Math.round((lesson.durationSeconds / 60) * 100) / 100),
    isPreview: lesson?.isPreview ?? false,
  };
}
