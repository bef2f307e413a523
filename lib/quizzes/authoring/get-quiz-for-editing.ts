import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { findQuizOrThrow } from "./authoring-scope";
import type { CourseRefDto } from "./list-course-quizzes";

export type EditorOptionDto = { id: string; textEn: string | null; textMy: string | null; isCorrect: boolean };

export type EditorQuestionDto = {
  id: string;
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
  promptEn: string | null;
  promptMy: string | null;
  explanationEn: string | null;
  explanationMy: string | null;
  points: number;
  options: EditorOptionDto[];
};

/** A pool of the quiz's course; `inQuiz` says whether this quiz draws from it, `drawCount` how many (null = all). */
export type EditorPoolDto = {
  id: string;
  titleEn: string | null;
  titleMy: string | null;
  inQuiz: boolean;
  drawCount: number | null;
  questions: EditorQuestionDto[];
};

export type QuizEditorDto = {
  id: string;
  course: CourseRefDto;
  titleEn: string | null;
  titleMy: string | null;
  descriptionEn: string | null;
  descriptionMy: string | null;
  passMarkPercent: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  shuffleQuestions: boolean;
  published: boolean;
  pools: EditorPoolDto[];
};

/**
 * A quiz with every pool of its course and their questions, correct answers included: for staff
 * who may reach the course (instructors: assigned courses only). Never served to students.
 */
export async function getQuizForEditing(access: CenterAccess, quizId: string): Promise<QuizEditorDto> {
  requirePermission(access, "course.read");
  const { id } = await findQuizOrThrow(db, access, quizId);
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      descriptionEn: true,
      descriptionMy: true,
      passMarkPercent: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      shuffleQuestions: true,
      publishedAt: true,
      course: { select: { id: true, titleEn: true, titleMy: true } },
      draws: { select: { poolId: true, drawCount: true } },
    },
  });
  const pools = await db.questionPool.findMany({
    where: { courseId: quiz.course.id, centerId: access.centerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      questions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          promptEn: true,
          promptMy: true,
          explanationEn: true,
          explanationMy: true,
          points: true,
          options: { orderBy: { position: "asc" }, select: { id: true, textEn: true, textMy: true, isCorrect: true } },
        },
      },
    },
  });
  const draws = new Map(quiz.draws.map((d) => [d.poolId, d.drawCount]));
  return {
    id: quiz.id,
    course: quiz.course,
    titleEn: quiz.titleEn,
    titleMy: quiz.titleMy,
    descriptionEn: quiz.descriptionEn,
    descriptionMy: quiz.descriptionMy,
    passMarkPercent: quiz.passMarkPercent,
    timeLimitSeconds: quiz.timeLimitSeconds,
    maxAttempts: quiz.maxAttempts,
    shuffleQuestions: quiz.shuffleQuestions,
    published: quiz.publishedAt !== null,
    pools: pools.map((pool) => ({ ...pool, inQuiz: draws.has(pool.id), drawCount: draws.get(pool.id) ?? null })),
  };
}
