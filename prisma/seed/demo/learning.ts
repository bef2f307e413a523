import type { BuiltEnrollment, BuiltQuiz, DemoContext } from "./context.ts";
import { ANCHOR, DAY, HOUR, MINUTE, SECOND, addMs, minDate } from "./time.ts";

/** Lesson progress for every enrollment: none, some or all lessons, in course order. */
export function buildLessonProgress(ctx: DemoContext): void {
  for (const enrollment of ctx.enrollments) {
    const { course, student } = enrollment;
    const total = course.lessons.length;
    const revoked = enrollment.row.status === "REVOKED";
    const roll = ctx.rng.next();
    const target = revoked ? 1 : roll < 0.2 ? 0 : roll < 0.7 ? ctx.rng.int(1, total - 1) : total;
    // A refunded student watched one lesson before asking for the refund (at least 26 hours after paying).
    let at = addMs(enrollment.at, ctx.rng.int(1, revoked ? 20 : 48) * HOUR);
    const end = revoked ? addMs(enrollment.at, 24 * HOUR) : ANCHOR;
    let done = 0;
    for (const lesson of course.lessons) {
      if (done >= target || at > end) break;
      ctx.rows.lessonProgress.push({
        id: ctx.ids.uuid(at),
        userId: student.id,
        lessonId: lesson.id,
        courseId: course.id,
        positionSeconds: lesson.durationSeconds,
        lastViewedAt: at,
        completedAt: at,
        createdAt: at,
      });
      done += 1;
      enrollment.lastActivityAt = at;
      at = addMs(at, ctx.rng.int(4, 72) * HOUR);
    }
    enrollment.completedLessons = done;
    const next = course.lessons[done];
    if (!revoked && next && done > 0 && next.kind === "VIDEO" && at <= ANCHOR && ctx.rng.chance(0.5)) {
      // Stopped half-way through a video: a position, no completion.
      ctx.rows.lessonProgress.push({ id: ctx.ids.uuid(at), userId: student.id, lessonId: next.id, courseId: course.id, positionSeconds: Math.floor((next.durationSeconds ?? 600) * ctx.rng.next()), lastViewedAt: at, createdAt: at });
    }
    if (done === total && enrollment.lastActivityAt) Object.assign(enrollment.row, { completedAt: enrollment.lastActivityAt });
  }
}

/** Submitted quiz attempts by students who finished at least half of the course; a retry after a fail. */
export function buildQuizAttempts(ctx: DemoContext): void {
  for (const quiz of ctx.quizzes) {
    const eligible = ctx.enrollments.filter(
      (enrollment) => enrollment.course === quiz.course && enrollment.row.status === "ACTIVE" && enrollment.completedLessons * 2 >= quiz.course.lessons.length,
    );
    for (const enrollment of eligible) {
      const skill = 0.45 + ctx.rng.next() * 0.5;
      const startedAt = addMs(enrollment.lastActivityAt ?? enrollment.at, ctx.rng.int(1, 30) * HOUR);
      const retryAt = addMs(startedAt, ctx.rng.int(1, 4) * DAY);
      if (startedAt > ANCHOR) continue; // all demo activity happens before the anchor
      const first = addAttempt(ctx, quiz, enrollment, 1, startedAt, skill);
      if (!first.passed && retryAt <= ANCHOR && ctx.rng.chance(0.7)) addAttempt(ctx, quiz, enrollment, 2, retryAt, Math.min(0.95, skill + 0.25));
    }
  }
}

function addAttempt(ctx: DemoContext, quiz: BuiltQuiz, enrollment: BuiltEnrollment, attemptNumber: number, startedAt: Date, skill: number) {
  const { rng } = ctx;
  const attemptId = ctx.ids.uuid(startedAt);
  const questions = rng.shuffle(quiz.questions);
  let score = 0;
  let maxScore = 0;
  questions.forEach((question, index) => {
    const correctIds = question.options.filter((option) => option.isCorrect).map((option) => option.id);
    const wrongIds = question.options.filter((option) => !option.isCorrect).map((option) => option.id);
    const isCorrect = rng.chance(skill);
    let selected = correctIds;
    if (!isCorrect) {
      // A wrong answer: another option for single choice; one correct option missing or one extra for multiple choice.
      selected = correctIds.length === 1 ? [rng.pick(wrongIds)] : rng.chance(0.5) ? correctIds.slice(1) : [...correctIds, rng.pick(wrongIds)];
    }
    maxScore += question.points;
    if (isCorrect) score += question.points;
    ctx.rows.quizAnswers.push({
      id: ctx.ids.uuid(startedAt),
      attemptId,
      questionId: question.id,
      selectedOptionIds: selected,
      isCorrect,
      pointsAwarded: isCorrect ? question.points : 0,
      answeredAt: addMs(startedAt, (index + 1) * rng.int(25, 70) * SECOND),
    });
  });
  const scorePercent = Math.round((score * 100) / maxScore);
  const passed = scorePercent >= quiz.passMark;
  const submittedAt = minDate(addMs(startedAt, quiz.timeLimitSeconds * 1000 - MINUTE), addMs(startedAt, (questions.length * 70 + rng.int(30, 120)) * SECOND));
  ctx.rows.quizAttempts.push({
    id: attemptId,
    centerId: quiz.course.center.id,
    courseId: quiz.course.id,
    quizId: quiz.id,
    userId: enrollment.student.id,
    attemptNumber,
    status: "SUBMITTED",
    questionIds: questions.map((question) => question.id),
    startedAt,
    deadline: addMs(startedAt, quiz.timeLimitSeconds * 1000),
    submittedAt,
    score,
    maxScore,
    scorePercent,
    passed,
    createdAt: startedAt,
    updatedAt: submittedAt,
  });
  return { passed };
}

/** Who joined the past live classes: enrolled students, each with one join (some twice). */
export function buildLiveParticipation(ctx: DemoContext): void {
  for (const live of ctx.liveClasses.filter((candidate) => candidate.ended)) {
    const enrolled = ctx.enrollments.filter(
      (enrollment) => enrollment.course === live.course && enrollment.row.status === "ACTIVE" && enrollment.at < live.startsAt,
    );
    for (const enrollment of enrolled) {
      if (!ctx.live.chance(0.6)) continue;
      const joinRequestedAt = addMs(live.startsAt, -ctx.live.int(1, 10) * MINUTE);
      const joinedAt = addMs(live.startsAt, ctx.live.int(0, 10) * MINUTE);
      const leftAt = addMs(live.endsAt, -ctx.live.int(0, 15) * MINUTE);
      ctx.rows.liveClassParticipations.push({
        id: ctx.live.uuid(joinRequestedAt),
        liveClassId: live.id,
        userId: enrollment.student.id,
        joinRequestedAt,
        joinedAt,
        leftAt,
        zoomParticipantId: ctx.live.alnum(22),
        createdAt: joinRequestedAt,
      });
    }
  }
}
