import { beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createCategory, createCourse } from "@/lib/testing/factories";
import { createEnrolledStudent, createQuizSetup } from "@/lib/testing/quiz-factories";
import { addStaff, createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { startAttempt } from "../start-attempt";
import { submitAttempt } from "../submit-attempt";
import { addQuestion } from "./add-question";
import { addQuestionPool } from "./add-question-pool";
import { createQuiz } from "./create-quiz";
import { deleteQuestion } from "./delete-question";
import { setPoolDraw } from "./set-pool-draw";
import { updateQuestion } from "./update-question";
import { updateQuiz } from "./update-quiz";

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : (error as { name?: string }).name ?? String(error)),
  );
const options = (correct: number[], n = 3) => Array.from({ length: n }, (_, i) => ({ textEn: `Option ${i + 1}`, textMy: `အဖြေ ${i + 1}`, isCorrect: correct.includes(i) }));

describe("quiz authoring", () => {
  let a: Awaited<ReturnType<typeof createCenterWithStaff>>;
  let b: Awaited<ReturnType<typeof createCenterWithStaff>>;
  let assignedCourseId: string;
  let unassignedCourseId: string;
  let bSetup: Awaited<ReturnType<typeof createQuizSetup>>;
  let unassignedSetup: Awaited<ReturnType<typeof createQuizSetup>>;
  let instructorA: CenterAccess;
  let adminA: CenterAccess;

  beforeAll(async () => {
    [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    const category = await createCategory();
    assignedCourseId = (await createCourse({ centerId: a.center.id, categoryId: category.id, instructorIds: [a.instructorProfile.id] })).id;
    unassignedCourseId = (await createCourse({ centerId: a.center.id, categoryId: category.id })).id;
    unassignedSetup = await createQuizSetup({ centerId: a.center.id });
    // A's instructor also teaches this course of B (profiles are shared): still unreachable from A.
    bSetup = await createQuizSetup({ centerId: b.center.id, instructorIds: [a.instructorProfile.id] });
    instructorA = await getCenterAccess(a.instructor.actor, a.center.id);
    adminA = await getCenterAccess(a.admin.actor, a.center.id);
  });

  it("lets an admin and an assigned instructor build a quiz that a student can then take", async () => {
    for (const access of [adminA, instructorA]) {
      const quiz = await createQuiz(access, { courseId: assignedCourseId, titleMy: "စာမေးပွဲ ၁", timeLimitSeconds: 300, maxAttempts: 2 }, testClient());
      const pool = await addQuestionPool(access, { courseId: assignedCourseId, titleEn: "Bank" });
      const single = await addQuestion(access, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "2 + 2?", options: options([1]) });
      const multiple = await addQuestion(access, { poolId: pool.id, kind: "MULTIPLE_CHOICE", promptMy: "မှန်သည်များ", points: 2, options: options([0, 2]) });
      const trueFalse = await addQuestion(access, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "True?", options: options([0], 2) });
      await setPoolDraw(access, { quizId: quiz.id, poolId: pool.id, drawCount: 2 });
      await setPoolDraw(access, { quizId: quiz.id, poolId: pool.id, drawCount: null });
      expect(await db.quizPoolDraw.findMany({ where: { quizId: quiz.id } })).toEqual([expect.objectContaining({ drawCount: null })]);
      await updateQuiz(access, quiz.id, { published: true, passMarkPercent: 70 });

      const { actor } = await createEnrolledStudent({ id: assignedCourseId, centerId: a.center.id });
      const attempt = await startAttempt(actor, quiz.id, "en");
      expect(attempt.questions.map((q) => q.id).sort()).toEqual([single.id, multiple.id, trueFalse.id].sort());
      const result = await submitAttempt(
        actor,
        attempt.id,
        {
          answers: [
            { questionId: single.id, optionIds: [single.optionIds[1]!] },
            { questionId: multiple.id, optionIds: [multiple.optionIds[0]!, multiple.optionIds[2]!] },
            { questionId: trueFalse.id, optionIds: [trueFalse.optionIds[1]!] },
          ],
        },
        "en",
      );
      expect(result).toMatchObject({ score: 3, maxScore: 4, scorePercent: 75, passed: true });
    }
  });

  it("validates a question's kind against its correct options (422 on body.options)", async () => {
    const pool = await addQuestionPool(adminA, { courseId: assignedCourseId, titleEn: "Checks" });
    const details = async (promise: Promise<unknown>) => ((await promise.catch((e: AppError) => e)) as AppError).details;
    expect(await details(addQuestion(adminA, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([0, 1]) }))).toEqual([
      expect.objectContaining({ path: "body.options", code: "single_choice_needs_one_correct" }),
    ]);
    expect(await details(addQuestion(adminA, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([]) }))).toHaveLength(1);
    expect(await details(addQuestion(adminA, { poolId: pool.id, kind: "MULTIPLE_CHOICE", promptEn: "?", options: options([]) }))).toEqual([
      expect.objectContaining({ code: "needs_a_correct_option" }),
    ]);
    expect(await code(addQuestion(adminA, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([0], 1) }))).toBe("ZodError");
    expect(await db.question.count({ where: { poolId: pool.id } })).toBe(0);

    const question = await addQuestion(adminA, { poolId: pool.id, kind: "MULTIPLE_CHOICE", promptEn: "?", options: options([0, 1]) });
    expect(await details(updateQuestion(adminA, question.id, { kind: "SINGLE_CHOICE" }))).toEqual([expect.objectContaining({ path: "body.options" })]);
    // Kept options keep their ids (past answers still point at them); the missing one is deleted.
    const updated = await updateQuestion(adminA, question.id, {
      kind: "SINGLE_CHOICE",
      options: [
        { id: question.optionIds[0], textEn: "Yes", isCorrect: true },
        { id: question.optionIds[2], textEn: "No", isCorrect: false },
        { textEn: "Maybe", isCorrect: false },
      ],
    });
    expect(updated.optionIds.slice(0, 2)).toEqual([question.optionIds[0], question.optionIds[2]]);
    expect(await db.questionOption.count({ where: { questionId: question.id } })).toBe(3);
    const other = await addQuestion(adminA, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([0]) });
    expect(await details(updateQuestion(adminA, question.id, { options: [{ id: other.optionIds[0], textEn: "x", isCorrect: true }, { textEn: "y", isCorrect: false }] }))).toEqual([
      expect.objectContaining({ path: "body.options.0.id", code: "not_an_option" }),
    ]);

    const elsewhere = await addQuestionPool(adminA, { courseId: unassignedCourseId, titleEn: "Elsewhere" });
    const quiz = await createQuiz(adminA, { courseId: assignedCourseId, titleEn: "Q" });
    expect(await details(setPoolDraw(adminA, { quizId: quiz.id, poolId: elsewhere.id, drawCount: 1 }))).toEqual([expect.objectContaining({ path: "body.poolId" })]);
  });

  it("answers not_found to an instructor on a course they are not assigned to, in every function", async () => {
    const question = unassignedSetup.pools[0]!.questions[0]!;
    const results = await Promise.all([
      code(createQuiz(instructorA, { courseId: unassignedCourseId, titleEn: "Nope" })),
      code(addQuestionPool(instructorA, { courseId: unassignedCourseId, titleEn: "Nope" })),
      code(updateQuiz(instructorA, unassignedSetup.quiz.id, { titleEn: "Nope" })),
      code(addQuestion(instructorA, { poolId: unassignedSetup.pools[0]!.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([0]) })),
      code(updateQuestion(instructorA, question.id, { promptEn: "Nope" })),
      code(deleteQuestion(instructorA, question.id)),
      code(setPoolDraw(instructorA, { quizId: unassignedSetup.quiz.id, poolId: unassignedSetup.pools[0]!.id, drawCount: 1 })),
    ]);
    expect(results).toEqual(Array(7).fill("not_found"));
    // The center's admin may author there.
    expect(await code(updateQuiz(adminA, unassignedSetup.quiz.id, { titleEn: "Renamed" }))).toBe("ok");
  });

  it("answers not_found to center A's staff for center B and every id of B's quizzes, pools and questions", async () => {
    await expect(getCenterAccess(a.instructor.actor, b.center.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getCenterAccess(a.admin.actor, b.center.slug)).rejects.toMatchObject({ code: "not_found" });
    const question = bSetup.pools[0]!.questions[0]!;
    for (const access of [adminA, instructorA]) {
      const results = await Promise.all([
        code(createQuiz(access, { courseId: bSetup.course.id, titleEn: "Nope" })),
        code(addQuestionPool(access, { courseId: bSetup.course.id, titleEn: "Nope" })),
        code(updateQuiz(access, bSetup.quiz.id, { published: false })),
        code(addQuestion(access, { poolId: bSetup.pools[0]!.id, kind: "SINGLE_CHOICE", promptEn: "?", options: options([0]) })),
        code(updateQuestion(access, question.id, { promptEn: "Nope" })),
        code(deleteQuestion(access, question.id)),
        code(setPoolDraw(access, { quizId: bSetup.quiz.id, poolId: bSetup.pools[0]!.id, drawCount: 1 })),
      ]);
      expect(results).toEqual(Array(7).fill("not_found"));
    }
    expect(await db.question.findUnique({ where: { id: question.id } })).not.toBeNull();
    expect(await db.quiz.findUniqueOrThrow({ where: { id: bSetup.quiz.id } })).toMatchObject({ titleEn: "Quiz" });
  });

  it("refuses members without quiz.write with 403 (platform admins do not run a center's content)", async () => {
    const { actor } = await createPlatformAdmin();
    const operator = await getCenterAccess(actor, a.center.id);
    expect(await code(createQuiz(operator, { courseId: assignedCourseId, titleEn: "Nope" }))).toBe("forbidden");
    expect(await code(deleteQuestion(operator, unassignedSetup.pools[0]!.questions[1]!.id))).toBe("forbidden");
  });

  it("writes an activity entry with ids only for every change", async () => {
    const owner = await addStaff(a.center.id, "OWNER");
    const access = await getCenterAccess(owner.actor, a.center.id);
    const quiz = await createQuiz(access, { courseId: assignedCourseId, titleEn: "Logged", published: true });
    await updateQuiz(access, quiz.id, { maxAttempts: null });
    const pool = await addQuestionPool(access, { courseId: assignedCourseId, titleMy: "အစု" });
    const question = await addQuestion(access, { poolId: pool.id, kind: "SINGLE_CHOICE", promptEn: "Secret prompt", options: options([0]) });
    await updateQuestion(access, question.id, { promptEn: "Changed" });
    await setPoolDraw(access, { quizId: quiz.id, poolId: pool.id, drawCount: 1 });
    await deleteQuestion(access, question.id);
    const entries = await db.activityLog.findMany({ where: { actorUserId: owner.user.id }, orderBy: { createdAt: "asc" } });
    // Compared as a set: entries written within one millisecond have no defined order.
    expect(entries.map((e) => `${e.action} ${e.targetId}`).sort()).toEqual(
      [
        `quiz.created ${quiz.id}`,
        `quiz.updated ${quiz.id}`,
        `question_pool.created ${pool.id}`,
        `question.created ${question.id}`,
        `question.updated ${question.id}`,
        `quiz.pool_draw_set ${quiz.id}`,
        `question.deleted ${question.id}`,
      ].sort(),
    );
    expect(entries.every((e) => e.centerId === a.center.id)).toBe(true);
    expect(JSON.stringify(entries.map((e) => e.metadata))).not.toMatch(/Logged|Secret|Changed|အစု/);
    expect(entries.find((e) => e.action === "question.created")!.metadata).toEqual({ poolId: pool.id, courseId: assignedCourseId, kind: "SINGLE_CHOICE", optionCount: 3 });
  });
});
