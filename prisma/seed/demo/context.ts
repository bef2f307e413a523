import type { Prisma } from "../../../lib/generated/prisma/client.ts";
import type { DemoCenterSlug } from "../demo-fixtures.ts";
import type { DemoLocale } from "./format.ts";
import { createPhoneBook } from "./contacts.ts";
import { createRandom, type Random } from "./random.ts";
import { emptyRows, type DemoRows } from "./rows.ts";

export type BuiltInstructor = { key: string; profileId: string; userId: string; displayNameEn: string; displayNameMy: string };

export type BuiltCenter = {
  slug: DemoCenterSlug;
  id: string;
  active: boolean;
  nameEn: string;
  nameMy: string;
  createdAt: Date;
  commissionRateBps: number;
  ownerId: string;
  refundPolicyId: string;
  instructors: BuiltInstructor[];
};

export type BuiltLesson = { id: string; kind: "VIDEO" | "TEXT"; durationSeconds: number | null };

export type BuiltCourse = {
  id: string;
  slug: string;
  center: BuiltCenter;
  published: boolean;
  publishedAt: Date | null;
  price: number;
  titleEn: string | null;
  titleMy: string | null;
  categoryId: string;
  instructors: BuiltInstructor[];
  sections: { id: string; titleEn: string | null; titleMy: string | null }[];
  lessons: BuiltLesson[];
  live: boolean;
};

export type BuiltQuiz = {
  id: string;
  course: BuiltCourse;
  passMark: number;
  timeLimitSeconds: number;
  questions: { id: string; points: number; options: { id: string; isCorrect: boolean }[] }[];
};

export type BuiltStudent = { id: string; index: number; locale: DemoLocale; createdAt: Date; hasEmail: boolean };

export type BuiltEnrollment = {
  row: Prisma.EnrollmentCreateManyInput;
  student: BuiltStudent;
  course: BuiltCourse;
  at: Date;
  /** when the student finished their last completed lesson (set by learning.ts) */
  lastActivityAt?: Date;
  completedLessons: number;
};

export type DemoContext = {
  /** content decisions (who buys what, scores, …) */
  rng: Random;
  /** ids only, so that adding a row does not reshuffle every other decision */
  ids: Random;
  /** ids and decisions of live classes, which depend on the real clock: kept apart so the rest stays identical */
  live: Random;
  now: Date;
  rows: DemoRows;
  /** a new unique +959… number on each call */
  nextPhone: () => string;
  categoryIds: Map<string, string>;
  professionIds: string[];
  platformAdminId: string;
  centers: BuiltCenter[];
  courses: BuiltCourse[];
  quizzes: BuiltQuiz[];
  students: BuiltStudent[];
  enrollments: BuiltEnrollment[];
  liveClasses: { id: string; course: BuiltCourse; startsAt: Date; endsAt: Date; ended: boolean }[];
};

export const DEMO_SEED = 20261120;

export function createContext(input: { now: Date; categoryIds: Map<string, string>; professionIds: string[] }): DemoContext {
  const rng = createRandom(DEMO_SEED);
  return {
    rng,
    ids: createRandom(DEMO_SEED + 1),
    live: createRandom(DEMO_SEED + 3),
    nextPhone: createPhoneBook(createRandom(DEMO_SEED + 2)),
    rows: emptyRows(),
    platformAdminId: "",
    centers: [],
    courses: [],
    quizzes: [],
    students: [],
    enrollments: [],
    liveClasses: [],
    ...input,
  };
}
