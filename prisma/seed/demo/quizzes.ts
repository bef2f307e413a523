import { QUIZZES } from "./catalog.ts";
import type { BuiltQuiz, DemoContext } from "./context.ts";
import type { OptionSeed } from "./data/types.ts";
import { formatNumber } from "./format.ts";
import { DAY, addMs } from "./time.ts";

const optionText = (option: OptionSeed): [string, string] =>
  typeof option === "string" ? [option, option] : [option[0] ?? option[1] ?? "", option[1] ?? option[0] ?? ""];

/** One final quiz per quiz course: a question pool drawn completely, with bilingual questions and options. */
export function buildQuizzes(ctx: DemoContext): void {
  for (const course of ctx.courses) {
    const seed = QUIZZES[course.slug];
    if (!seed || !course.publishedAt) continue;
    const center = course.center;
    const createdAt = addMs(course.publishedAt, -DAY);
    const poolId = ctx.ids.uuid(createdAt);
    ctx.rows.questionPools.push({ id: poolId, centerId: center.id, courseId: course.id, titleEn: "Question bank", titleMy: "မေးခွန်းဘဏ်", createdAt });

    const questions: BuiltQuiz["questions"] = [];
    seed.questions.forEach((question, position) => {
      const id = ctx.ids.uuid(createdAt);
      const multiple = question.a.length > 1;
      const points = multiple ? 2 : 1;
      ctx.rows.questions.push({
        id,
        centerId: center.id,
        poolId,
        kind: multiple ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE",
        promptEn: question.q[0],
        promptMy: question.q[1],
        points,
        position,
        createdAt,
      });
      // Shuffle the options so the correct one is not always first.
      const order = ctx.rng.shuffle(question.o.map((option, index) => ({ option, correct: question.a.includes(index) })));
      const options = order.map(({ option, correct }, optionPosition) => {
        const [textEn, textMy] = optionText(option);
        const optionId = ctx.ids.uuid(createdAt);
        ctx.rows.questionOptions.push({ id: optionId, questionId: id, textEn, textMy, isCorrect: correct, position: optionPosition, createdAt });
        return { id: optionId, isCorrect: correct };
      });
      questions.push({ id, points, options });
    });

    const quizId = ctx.ids.uuid(createdAt);
    const n = seed.questions.length;
    const lastSection = course.sections.at(-1);
    ctx.rows.quizzes.push({
      id: quizId,
      centerId: center.id,
      courseId: course.id,
      sectionId: lastSection?.id ?? null,
      titleEn: course.titleEn ? `Final quiz: ${course.titleEn}` : null,
      titleMy: course.titleMy ? `နောက်ဆုံး စာမေးပွဲငယ် - ${course.titleMy}` : null,
      descriptionEn: `${n} questions · pass mark ${seed.passMark}% · ${seed.minutes} minutes. You can take the quiz up to 3 times.`,
      descriptionMy: `မေးခွန်း ${formatNumber(n, "MY")} ခု · အောင်မှတ် ${formatNumber(seed.passMark, "MY")}% · ${formatNumber(seed.minutes, "MY")} မိနစ်။ အများဆုံး ၃ ကြိမ် ဖြေဆိုနိုင်ပါသည်။`,
      passMarkPercent: seed.passMark,
      timeLimitSeconds: seed.minutes * 60,
      maxAttempts: 3,
      shuffleQuestions: true,
      position: 0,
      publishedAt: course.publishedAt,
      createdAt,
    });
    ctx.rows.quizPoolDraws.push({ id: ctx.ids.uuid(createdAt), centerId: center.id, courseId: course.id, quizId, poolId, drawCount: null, position: 0, createdAt });
    ctx.quizzes.push({ id: quizId, course, passMark: seed.passMark, timeLimitSeconds: seed.minutes * 60, questions });
  }
}
