import "server-only";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull, ref, text } from "./export-primitives";

const titled = { select: { id: true, titleEn: true, titleMy: true } } as const;

/** Enrollments; who granted one (a center admin) is another person and is left out. */
export async function collectEnrollments(ctx: ExportContext): Promise<ExportDocument["enrollments"]> {
  const rows = await ctx.tx.enrollment.findMany({
    where: { userId: ctx.userId },
    select: {
      source: true,
      status: true,
      createdAt: true,
      expiresAt: true,
      completedAt: true,
      revokedAt: true,
      revocationReason: true,
      course: titled,
      order: { select: { reference: true } },
    },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "enrollments", rows).map((e) => ({
    course: ref(e.course),
    source: e.source,
    status: e.status,
    orderReference: e.order?.reference ?? null,
    createdAt: iso(e.createdAt),
    expiresAt: isoOrNull(e.expiresAt),
    completedAt: isoOrNull(e.completedAt),
    revokedAt: isoOrNull(e.revokedAt),
    revocationReason: e.revocationReason,
  }));
}

export async function collectLessonProgress(ctx: ExportContext): Promise<ExportDocument["lessonProgress"]> {
  const rows = await ctx.tx.lessonProgress.findMany({
    where: { userId: ctx.userId },
    select: { courseId: true, positionSeconds: true, lastViewedAt: true, completedAt: true, lesson: titled },
    orderBy: { lastViewedAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "lessonProgress", rows).map((p) => ({
    course: { id: p.courseId },
    lesson: ref(p.lesson),
    positionSeconds: p.positionSeconds,
    lastViewedAt: iso(p.lastViewedAt),
    completedAt: isoOrNull(p.completedAt),
  }));
}

/**
 * Quiz attempts with the user's answers and scores. Only the options the user picked are named,
 * and correctness only once the attempt is submitted (quiz rules, ADR 0013).
 */
export async function collectQuizAttempts(ctx: ExportContext): Promise<ExportDocument["quizAttempts"]> {
  const rows = await ctx.tx.quizAttempt.findMany({
    where: { userId: ctx.userId },
    select: {
      courseId: true,
      attemptNumber: true,
      status: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      scorePercent: true,
      passed: true,
      quiz: titled,
      answers: {
        select: {
          selectedOptionIds: true,
          isCorrect: true,
          pointsAwarded: true,
          answeredAt: true,
          question: { select: { id: true, promptEn: true, promptMy: true, options: { select: { id: true, textEn: true, textMy: true }, orderBy: { position: "asc" } } } },
        },
        orderBy: { answeredAt: "asc" },
      },
    },
    orderBy: { startedAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "quizAttempts", rows).map((a) => {
    // An attempt still open must not tell which answers are right; a closed one is final.
    const graded = a.status !== "IN_PROGRESS";
    return {
      quiz: ref(a.quiz),
      course: { id: a.courseId },
      attemptNumber: a.attemptNumber,
      status: a.status,
      startedAt: iso(a.startedAt),
      deadline: isoOrNull(a.deadline),
      submittedAt: isoOrNull(a.submittedAt),
      score: a.score,
      maxScore: a.maxScore,
      scorePercent: a.scorePercent,
      passed: a.passed,
      answers: a.answers.map((answer) => ({
        question: { id: answer.question.id, prompt: text(answer.question.promptEn, answer.question.promptMy) },
        selectedOptions: answer.question.options
          .filter((o) => answer.selectedOptionIds.includes(o.id))
          .map((o) => ({ id: o.id, text: text(o.textEn, o.textMy) })),
        isCorrect: graded ? answer.isCorrect : null,
        pointsAwarded: graded ? answer.pointsAwarded : null,
        answeredAt: iso(answer.answeredAt),
      })),
    };
  });
}

/** Joins of live classes (never the Zoom links or passwords: they are the host's). */
export async function collectLiveClassParticipation(ctx: ExportContext): Promise<ExportDocument["liveClassParticipation"]> {
  const rows = await ctx.tx.liveClassParticipation.findMany({
    where: { userId: ctx.userId },
    select: { joinRequestedAt: true, joinedAt: true, leftAt: true, liveClass: { select: { id: true, titleEn: true, titleMy: true, startsAt: true, courseId: true } } },
    orderBy: { joinRequestedAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "liveClassParticipation", rows).map((p) => ({
    liveClass: { ...ref(p.liveClass), startsAt: iso(p.liveClass.startsAt), course: { id: p.liveClass.courseId } },
    joinRequestedAt: iso(p.joinRequestedAt),
    joinedAt: isoOrNull(p.joinedAt),
    leftAt: isoOrNull(p.leftAt),
  }));
}

/** Followed instructors, by their public profile. */
export async function collectFollows(ctx: ExportContext): Promise<ExportDocument["follows"]> {
  const rows = await ctx.tx.follow.findMany({
    where: { userId: ctx.userId },
    select: { createdAt: true, instructor: { select: { id: true, slug: true, displayNameEn: true, displayNameMy: true } } },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "follows", rows).map((f) => ({
    instructor: { id: f.instructor.id, slug: f.instructor.slug, displayName: text(f.instructor.displayNameEn, f.instructor.displayNameMy) },
    createdAt: iso(f.createdAt),
  }));
}
