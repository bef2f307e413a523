import type { ContentLanguage, CourseLevel } from "../../../../lib/generated/prisma/client.ts";
import type { DemoCenterSlug } from "../../demo-fixtures.ts";

/** English and Burmese text; null where the course is written in one language only. */
export type Text = readonly [en: string | null, my: string | null];

/** A section: title and its lessons' titles. */
export type SectionSeed = readonly [en: string | null, my: string | null, lessons: readonly Text[]];

export type CourseSeed = {
  slug: string;
  category: string;
  level: CourseLevel;
  language: ContentLanguage;
  /** whole kyat; 0 = free */
  price: number;
  draft?: true;
  title: Text;
  summary: Text;
  /** one or two sentences; the description adds the course's shape (lessons, quiz, live classes) */
  about: Text;
  /** instructor keys (see staff.ts), first = lead */
  instructors: readonly string[];
  /** schedules live Zoom classes for this course */
  live?: true;
  sections: readonly SectionSeed[];
};

export type CenterCourses = { center: DemoCenterSlug; courses: readonly CourseSeed[] };

/** A quiz option: one string when both languages read the same (code, numbers, names). */
export type OptionSeed = string | Text;

export type QuestionSeed = {
  q: Text;
  o: readonly OptionSeed[];
  /** indexes of the correct options; more than one = MULTIPLE_CHOICE */
  a: readonly number[];
};

export type QuizSeed = { passMark: number; minutes: number; questions: readonly QuestionSeed[] };
