import { db } from "@/lib/db";
import { createCategory, createCenter, createCourse, createUser } from "./factories";
import { actorFor } from "./staff-factories";
import { enroll } from "./learning-factories";

type CourseRef = { id: string; centerId: string };

/** An enrollment of a user in a course (ACTIVE unless told otherwise). */

/** A student enrolled in the course, with an Actor. */
export { enroll };

export async function createEnrolledStudent(course: CourseRef) {
  const user = await createUser();
  await enroll(user.id, course);
  return { user, actor: actorFor(user, "mobile") };
}

export type QuestionSpec = {
  kind?: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
  /** Option count (default 3). */
  options?: number;
  /** Indexes of the correct options (default [0]). */
  correct?: number[];
  points?: number;
};

/** A pool of a course with questions; each question's options carry their correctness for assertions. */
export async function createPool(course: CourseRef, questions: QuestionSpec[]) {
  const pool = await db.questionPool.create({ data: { centerId: course.centerId, courseId: course.id, titleEn: "Pool", titleMy: "မေးခွန်းအစု" } });
  const created = [];
  for (const [position, spec] of questions.entries()) {
    const correct = new Set(spec.correct ?? [0]);
    const question = await db.question.create({
      data: {
        centerId: course.centerId,
        poolId: pool.id,
        kind: spec.kind ?? "SINGLE_CHOICE",
        promptEn: `Question ${position + 1}`,
        promptMy: `မေးခွန်း ${position + 1}`,
        explanationEn: "Because.",
        points: spec.points ?? 1,
        position,
        options: {
          create: Array.from({ length: spec.options ?? 3 }, (_, i) => ({ textEn: `Option ${i + 1}`, textMy: `အဖြေ ${i + 1}`, isCorrect: correct.has(i), position: i })),
        },
      },
      select: { id: true, kind: true, points: true, options: { orderBy: { position: "asc" }, select: { id: true, isCorrect: true } } },
    });
    created.push(question);
  }
  return { ...pool, questions: created };
}

type QuizSetupOptions = {
  /** One entry per pool: its questions and how many to draw (undefined/null = all). */
  pools?: { questions: QuestionSpec[]; drawCount?: number | null }[];
  timeLimitSeconds?: number | null;
  maxAttempts?: number | null;
  passMarkPercent?: number;
  shuffleQuestions?: boolean;
  published?: boolean;
  courseStatus?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  centerId?: string;
  instructorIds?: string[];
};

/** A center (unless given), a course, and a quiz drawing from fresh pools (default: one pool of 3 single-choice questions). */
export async function createQuizSetup(options: QuizSetupOptions = {}) {
  const centerId = options.centerId ?? (await createCenter()).id;
  const category = await createCategory();
  const course = await createCourse({ centerId, categoryId: category.id, status: options.courseStatus, instructorIds: options.instructorIds, lessons: 0 });
  const quiz = await db.quiz.create({
    data: {
      centerId,
      courseId: course.id,
      titleEn: "Quiz",
      titleMy: "စာမေးပွဲ",
      descriptionEn: "Check what you learned",
      passMarkPercent: options.passMarkPercent ?? 60,
      timeLimitSeconds: options.timeLimitSeconds === undefined ? 600 : options.timeLimitSeconds,
      maxAttempts: options.maxAttempts === undefined ? 3 : options.maxAttempts,
      shuffleQuestions: options.shuffleQuestions ?? true,
      publishedAt: options.published === false ? null : new Date(Date.now() - 60_000),
    },
  });
  const pools = [];
  for (const [position, spec] of (options.pools ?? [{ questions: [{}, {}, {}] }]).entries()) {
    const pool = await createPool(course, spec.questions);
    await db.quizPoolDraw.create({ data: { centerId, courseId: course.id, quizId: quiz.id, poolId: pool.id, drawCount: spec.drawCount ?? null, position } });
    pools.push(pool);
  }
  return { centerId, course, quiz, pools };
}
