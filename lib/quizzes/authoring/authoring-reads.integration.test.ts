import { beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createUser } from "@/lib/testing/factories";
import { createQuizSetup } from "@/lib/testing/quiz-factories";
import { createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { addQuizPool } from "./add-quiz-pool";
import { createQuizWithPool, DEFAULT_POOL_TITLE } from "./create-quiz-with-pool";
import { deleteQuestionPool } from "./delete-question-pool";
import { getQuizForEditing } from "./get-quiz-for-editing";
import { getQuizResults } from "./get-quiz-results";
import { listCourseQuizzes } from "./list-course-quizzes";
import { removePoolDraw } from "./remove-pool-draw";

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

type Staffed = Awaited<ReturnType<typeof createCenterWithStaff>>;
type Setup = Awaited<ReturnType<typeof createQuizSetup>>;

/** A finished (or running) attempt written directly: the figures are what the summary must add up. */
async function attempt(setup: Setup, userId: string, attemptNumber: number, data: { status?: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS"; scorePercent?: number; passed?: boolean }) {
  const status = data.status ?? "SUBMITTED";
  await db.quizAttempt.create({
    data: {
      centerId: setup.centerId,
      courseId: setup.course.id,
      quizId: setup.quiz.id,
      userId,
      attemptNumber,
      status,
      questionIds: [],
      ...(status === "IN_PROGRESS" ? {} : { submittedAt: new Date(), score: 0, maxScore: 3, scorePercent: data.scorePercent ?? 0, passed: data.passed ?? false }),
    },
  });
}

describe("quiz authoring reads and pool management", () => {
  let a: Staffed;
  let b: Staffed;
  let assigned: Setup;
  let unassigned: Setup;
  let other: Setup;
  let adminA: CenterAccess;
  let instructorA: CenterAccess;
  let adminB: CenterAccess;

  beforeAll(async () => {
    [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    assigned = await createQuizSetup({ centerId: a.center.id, instructorIds: [a.instructorProfile.id], pools: [{ questions: [{}, {}, {}], drawCount: 2 }, { questions: [{ kind: "MULTIPLE_CHOICE", correct: [0, 1] }] }] });
    unassigned = await createQuizSetup({ centerId: a.center.id, published: false });
    other = await createQuizSetup({ centerId: b.center.id, instructorIds: [b.instructorProfile.id] });
    [adminA, instructorA, adminB] = await Promise.all([
      getCenterAccess(a.admin.actor, a.center.id),
      getCenterAccess(a.instructor.actor, a.center.id),
      getCenterAccess(b.admin.actor, b.center.id),
    ]);
  });

  it("lists a course's quizzes with questions per attempt, pools, rules and status", async () => {
    const { course, quizzes } = await listCourseQuizzes(instructorA, assigned.course.id);
    expect(course).toEqual({ id: assigned.course.id, titleEn: assigned.course.titleEn, titleMy: assigned.course.titleMy });
    expect(quizzes).toEqual([
      { id: assigned.quiz.id, titleEn: "Quiz", titleMy: "စာမေးပွဲ", questionsPerAttempt: 3, questionCount: 4, poolCount: 2, passMarkPercent: 60, timeLimitSeconds: 600, maxAttempts: 3, published: true },
    ]);
    expect((await listCourseQuizzes(adminA, unassigned.course.id)).quizzes[0]).toMatchObject({ published: false, poolCount: 1 });
  });

  it("gives authors the quiz with every pool of its course, draws and correct answers", async () => {
    const spare = await db.questionPool.create({ data: { centerId: a.center.id, courseId: assigned.course.id, titleEn: "Spare" } });
    const quiz = await getQuizForEditing(instructorA, assigned.quiz.id);
    expect(quiz).toMatchObject({ id: assigned.quiz.id, course: { id: assigned.course.id }, published: true, passMarkPercent: 60, timeLimitSeconds: 600 });
    expect(quiz.pools.map((p) => [p.id, p.inQuiz, p.drawCount, p.questions.length])).toEqual([
      [assigned.pools[0]!.id, true, 2, 3],
      [assigned.pools[1]!.id, true, null, 1],
      [spare.id, false, null, 0],
    ]);
    const multiple = quiz.pools[1]!.questions[0]!;
    expect(multiple).toMatchObject({ kind: "MULTIPLE_CHOICE", explanationEn: "Because.", points: 1 });
    expect(multiple.options.map((o) => o.isCorrect)).toEqual([true, true, false]);
    expect(quiz).not.toHaveProperty("centerId");
    expect(quiz).not.toHaveProperty("publishedAt");
  });

  it("sums up the results: finished attempts, pass rate, average score, students", async () => {
    const empty = await getQuizResults(adminA, unassigned.quiz.id);
    expect(empty).toEqual({ attempts: 0, passedAttempts: 0, passRatePercent: null, averageScorePercent: null, students: 0, studentsPassed: 0, inProgress: 0 });

    const [s1, s2, s3] = await Promise.all([createUser(), createUser(), createUser()]);
    await attempt(assigned, s1.id, 1, { scorePercent: 40 });
    await attempt(assigned, s1.id, 2, { scorePercent: 80, passed: true });
    await attempt(assigned, s2.id, 1, { scorePercent: 100, passed: true });
    await attempt(assigned, s2.id, 2, { status: "EXPIRED", scorePercent: 0 });
    await attempt(assigned, s3.id, 1, { status: "IN_PROGRESS" });
    // Another quiz's attempt does not count here.
    await db.quizAttempt.create({ data: { centerId: unassigned.centerId, courseId: unassigned.course.id, quizId: unassigned.quiz.id, userId: s3.id, attemptNumber: 1, status: "SUBMITTED", questionIds: [], scorePercent: 100, passed: true } });

    expect(await getQuizResults(instructorA, assigned.quiz.id)).toEqual({
      attempts: 4,
      passedAttempts: 2,
      passRatePercent: 50,
      averageScorePercent: 55, // (40 + 80 + 100 + 0) / 4
      students: 2,
      studentsPassed: 2,
      inProgress: 1,
    });
    // The operator may read results (quiz_result.read) but not author.
    const operator = await getCenterAccess((await createPlatformAdmin()).actor, a.center.id);
    expect((await getQuizResults(operator, assigned.quiz.id)).attempts).toBe(4);
    expect(await code(addQuizPool(operator, { quizId: assigned.quiz.id, titleEn: "No", drawCount: null }))).toBe("forbidden");
  });

  it("creates a quiz with one pool it asks in full, adds, removes and deletes pools", async () => {
    const created = await createQuizWithPool(instructorA, { courseId: assigned.course.id, titleEn: "Week 2", passMarkPercent: 50 }, testClient());
    let quiz = await getQuizForEditing(instructorA, created.id);
    expect(quiz.pools.filter((p) => p.inQuiz)).toEqual([expect.objectContaining({ id: created.poolId, ...DEFAULT_POOL_TITLE, drawCount: null, questions: [] })]);
    expect(quiz.published).toBe(false);

    const { poolId } = await addQuizPool(instructorA, { quizId: created.id, titleMy: "အပို", drawCount: 5 }, testClient());
    expect(await db.quizPoolDraw.findFirstOrThrow({ where: { quizId: created.id, poolId } })).toMatchObject({ drawCount: 5, position: 1, courseId: assigned.course.id });

    await removePoolDraw(instructorA, { quizId: created.id, poolId });
    quiz = await getQuizForEditing(instructorA, created.id);
    expect(quiz.pools.find((p) => p.id === poolId)).toMatchObject({ inQuiz: false });
    expect(await code(removePoolDraw(instructorA, { quizId: created.id, poolId }))).toBe("not_found");

    await deleteQuestionPool(instructorA, assigned.pools[1]!.id, testClient());
    expect(await db.question.count({ where: { poolId: assigned.pools[1]!.id } })).toBe(0);
    expect(await db.quizPoolDraw.count({ where: { poolId: assigned.pools[1]!.id } })).toBe(0);
    expect(await db.activityLog.count({ where: { action: "question_pool.deleted", targetId: assigned.pools[1]!.id, centerId: a.center.id } })).toBe(1);
    await expect(addQuizPool(instructorA, { quizId: created.id, drawCount: null })).rejects.toMatchObject({ name: "ZodError", issues: [expect.objectContaining({ path: ["titleEn"] })] });
  });

  it("answers not_found to another center's admin and to an unassigned instructor, in every function", async () => {
    const attempts = (access: CenterAccess, setup: Setup) =>
      Promise.all([
        code(listCourseQuizzes(access, setup.course.id)),
        code(getQuizForEditing(access, setup.quiz.id)),
        code(getQuizResults(access, setup.quiz.id)),
        code(createQuizWithPool(access, { courseId: setup.course.id, titleEn: "Nope" })),
        code(addQuizPool(access, { quizId: setup.quiz.id, titleEn: "Nope", drawCount: null })),
        code(removePoolDraw(access, { quizId: setup.quiz.id, poolId: setup.pools[0]!.id })),
        code(deleteQuestionPool(access, setup.pools[0]!.id)),
      ]);
    expect(await attempts(adminB, assigned)).toEqual(Array(7).fill("not_found"));
    expect(await attempts(instructorA, unassigned)).toEqual(Array(7).fill("not_found"));
    expect(await attempts(adminA, other)).toEqual(Array(7).fill("not_found"));
    // A malformed id is a missing one, not a database error.
    expect(await code(getQuizForEditing(adminA, "not-a-uuid"))).toBe("not_found");
    expect(await db.questionPool.count({ where: { id: { in: [unassigned.pools[0]!.id, other.pools[0]!.id] } } })).toBe(2);
    expect(await db.quiz.count({ where: { courseId: { in: [unassigned.course.id, other.course.id] } } })).toBe(2);
  });
});
