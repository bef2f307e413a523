import { NEWEST_COURSE } from "../demo-fixtures.ts";
import { BUSINESS_COURSES, TAUNGGYI_COURSES } from "./data/courses-business.ts";
import { MANDALAY_COURSES } from "./data/courses-mandalay.ts";
import { NAYPYITAW_COURSES } from "./data/courses-naypyitaw.ts";
import { YANGON_CODE_COURSES } from "./data/courses-yangon-code.ts";
import { BUSINESS_QUIZZES } from "./data/quizzes-business.ts";
import { EXAM_QUIZZES } from "./data/quizzes-exams.ts";
import { LANGUAGE_QUIZZES } from "./data/quizzes-languages.ts";
import { TECH_QUIZZES } from "./data/quizzes-tech.ts";
import type { CenterCourses, QuizSeed } from "./data/types.ts";

export const CATALOG: readonly CenterCourses[] = [YANGON_CODE_COURSES, MANDALAY_COURSES, NAYPYITAW_COURSES, BUSINESS_COURSES, TAUNGGYI_COURSES];

export const QUIZZES: Readonly<Record<string, QuizSeed>> = { ...TECH_QUIZZES, ...LANGUAGE_QUIZZES, ...EXAM_QUIZZES, ...BUSINESS_QUIZZES };

/** Fails fast when an edit to the data tables breaks a promise the demo data makes. */
export function validateCatalog(): void {
  const problems: string[] = [];
  const all = CATALOG.flatMap(({ center, courses }) => courses.map((course) => ({ center, course })));
  const published = all.filter(({ course }) => !course.draft);
  const slugs = new Set(all.map(({ course }) => course.slug));
  if (slugs.size !== all.length) problems.push("course slugs are not unique");
  for (const { course } of all) {
    if (course.sections.length < 2 || course.sections.length > 4) problems.push(`${course.slug}: needs 2–4 sections`);
    for (const [, , lessons] of course.sections) {
      if (lessons.length < 2 || lessons.length > 5) problems.push(`${course.slug}: each section needs 2–5 lessons`);
    }
    const price = course.price;
    if (!Number.isInteger(price) || (price !== 0 && (price < 15_000 || price > 250_000))) problems.push(`${course.slug}: price ${price}`);
  }
  const bilingual = published.filter(({ course }) => course.title.every(Boolean) && course.summary.every(Boolean) && course.about.every(Boolean));
  if (published.length < 30) problems.push(`only ${published.length} published courses`);
  if (bilingual.length < 25) problems.push(`only ${bilingual.length} fully bilingual published courses`);
  if (published.filter(({ course }) => course.live).length < 10) problems.push("fewer than 10 courses with live classes");
  const quizSlugs = Object.keys(QUIZZES);
  if (quizSlugs.length < 20) problems.push(`only ${quizSlugs.length} quizzes`);
  for (const [slug, quiz] of Object.entries(QUIZZES)) {
    if (!published.some(({ course }) => course.slug === slug)) problems.push(`quiz ${slug}: no published course`);
    if (quiz.questions.length < 5 || quiz.questions.length > 8) problems.push(`quiz ${slug}: needs 5–8 questions`);
    for (const question of quiz.questions) {
      if (question.a.length === 0 || question.a.some((index) => index < 0 || index >= question.o.length)) {
        problems.push(`quiz ${slug}: bad answer index in “${question.q[0]}”`);
      }
    }
  }
  const newest = all.find(({ course }) => course.slug === NEWEST_COURSE.slug);
  if (
    !newest ||
    newest.course.draft ||
    newest.center !== NEWEST_COURSE.centerSlug ||
    newest.course.title[0] !== NEWEST_COURSE.titleEn ||
    newest.course.title[1] !== NEWEST_COURSE.titleMy
  ) {
    problems.push("NEWEST_COURSE does not match the course tables");
  }
  if (problems.length > 0) throw new Error(`Demo catalog is inconsistent:\n- ${problems.join("\n- ")}`);
}
