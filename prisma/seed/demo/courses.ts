import { NEWEST_COURSE } from "../demo-fixtures.ts";
import { CATALOG, QUIZZES, validateCatalog } from "./catalog.ts";
import type { BuiltCenter, BuiltCourse, BuiltLesson, DemoContext } from "./context.ts";
import type { CourseSeed } from "./data/types.ts";
import { describeCourse, lessonBodyEn, lessonBodyMy } from "./lesson-text.ts";
import { ANCHOR, DAY, MINUTE, addMs, daysBefore } from "./time.ts";

/** Published dates spread over the 120 days before the anchor; NEWEST_COURSE exactly at the anchor. */
function publicationSchedule(ctx: DemoContext, seeds: readonly CourseSeed[]): Map<string, Date> {
  const published = seeds.filter((seed) => !seed.draft);
  const rest = ctx.rng.shuffle(published.filter((seed) => seed.slug !== NEWEST_COURSE.slug));
  const step = (118 * DAY) / rest.length;
  const schedule = new Map<string, Date>([[NEWEST_COURSE.slug, ANCHOR]]);
  rest.forEach((seed, index) => {
    const jitter = ctx.rng.int(1, 180) * MINUTE; // < step: dates stay distinct and ordered
    schedule.set(seed.slug, addMs(ANCHOR, -Math.floor(((index + 1) * step) / MINUTE) * MINUTE - jitter));
  });
  return schedule;
}

/** Courses with instructors, sections and lessons (the first lesson of each course is a free preview). */
export function buildCourses(ctx: DemoContext): void {
  validateCatalog();
  const schedule = publicationSchedule(ctx, CATALOG.flatMap(({ courses }) => courses));
  for (const { center: slug, courses } of CATALOG) {
    const center = ctx.centers.find((candidate) => candidate.slug === slug);
    if (!center) throw new Error(`unknown center ${slug}`);
    for (const seed of courses) ctx.courses.push(buildCourse(ctx, center, seed, schedule.get(seed.slug) ?? null));
  }
}

function buildCourse(ctx: DemoContext, center: BuiltCenter, seed: CourseSeed, publishedAt: Date | null): BuiltCourse {
  const createdAt = publishedAt
    ? daysBefore(publishedAt, ctx.rng.int(5, 30))
    : center.active
      ? daysBefore(ANCHOR, ctx.rng.int(2, 20))
      : addMs(center.createdAt, DAY);
  const id = ctx.ids.uuid(createdAt);
  const categoryId = ctx.categoryIds.get(seed.category);
  if (!categoryId) throw new Error(`${seed.slug}: unknown category ${seed.category} (run seedBase first)`);
  const instructors = seed.instructors.map((key) => {
    const found = center.instructors.find((instructor) => instructor.key === key);
    if (!found) throw new Error(`${seed.slug}: ${key} does not teach at ${center.slug}`);
    return found;
  });
  const lessonCount = seed.sections.reduce((sum, [, , lessons]) => sum + lessons.length, 0);
  const [descriptionEn, descriptionMy] = describeCourse(seed.about, {
    sections: seed.sections.length,
    lessons: lessonCount,
    quiz: seed.slug in QUIZZES,
    live: Boolean(seed.live),
    language: seed.language,
  });
  ctx.rows.courses.push({
    id,
    centerId: center.id,
    categoryId,
    slug: seed.slug,
    status: publishedAt ? "PUBLISHED" : "DRAFT",
    titleEn: seed.title[0],
    titleMy: seed.title[1],
    summaryEn: seed.summary[0],
    summaryMy: seed.summary[1],
    descriptionEn,
    descriptionMy,
    priceAmount: seed.price,
    currency: "MMK",
    level: seed.level,
    language: seed.language,
    publishedAt,
    createdAt,
    updatedAt: publishedAt ?? createdAt,
  });
  instructors.forEach((instructor, position) => {
    ctx.rows.courseInstructors.push({ id: ctx.ids.uuid(createdAt), centerId: center.id, courseId: id, instructorId: instructor.profileId, position, createdAt });
  });

  const course: BuiltCourse = {
    id,
    slug: seed.slug,
    center,
    published: publishedAt !== null,
    publishedAt,
    price: seed.price,
    titleEn: seed.title[0],
    titleMy: seed.title[1],
    categoryId,
    instructors,
    sections: [],
    lessons: [],
    live: Boolean(seed.live),
  };
  const lead = instructors[0];
  seed.sections.forEach(([sectionEn, sectionMy, lessons], sectionPosition) => {
    const sectionId = ctx.ids.uuid(createdAt);
    ctx.rows.sections.push({ id: sectionId, centerId: center.id, courseId: id, titleEn: sectionEn, titleMy: sectionMy, position: sectionPosition, createdAt });
    course.sections.push({ id: sectionId, titleEn: sectionEn, titleMy: sectionMy });
    lessons.forEach(([titleEn, titleMy], position) => {
      const lesson = buildLesson(ctx, { courseSeed: seed, first: course.lessons.length === 0, titleEn, titleMy, lead, createdAt });
      ctx.rows.lessons.push({
        ...lesson.row,
        id: lesson.built.id,
        centerId: center.id,
        courseId: id,
        sectionId,
        position,
        createdAt,
      });
      course.lessons.push(lesson.built);
    });
  });
  return course;
}

type LessonInput = {
  courseSeed: CourseSeed;
  first: boolean;
  titleEn: string | null;
  titleMy: string | null;
  lead: { displayNameEn: string; displayNameMy: string } | undefined;
  createdAt: Date;
};

function buildLesson(ctx: DemoContext, input: LessonInput) {
  const { courseSeed, first, titleEn, titleMy, lead, createdAt } = input;
  const kind: "VIDEO" | "TEXT" = first || ctx.rng.chance(0.55) ? "VIDEO" : "TEXT";
  const durationSeconds = kind === "VIDEO" ? ctx.rng.int(4, 25) * 60 + ctx.rng.int(0, 59) : null;
  const template = first ? "PREVIEW" : kind;
  const variant = ctx.rng.int(0, 1);
  const minutes = durationSeconds ? Math.round(durationSeconds / 60) : null;
  const id = ctx.ids.uuid(createdAt);
  const bodyEn = titleEn
    ? lessonBodyEn(template, { course: courseSeed.title[0] ?? courseSeed.title[1] ?? "", title: titleEn, instructor: lead?.displayNameEn ?? "your instructor", about: courseSeed.about[0], minutes }, variant)
    : null;
  const bodyMy = titleMy
    ? lessonBodyMy(template, { course: courseSeed.title[1] ?? courseSeed.title[0] ?? "", title: titleMy, instructor: lead?.displayNameMy ?? "ဆရာ/ဆရာမ", about: courseSeed.about[1], minutes }, variant)
    : null;
  const built: BuiltLesson = { id, kind, durationSeconds };
  return {
    built,
    row: {
      kind,
      titleEn,
      titleMy,
      bodyEn,
      bodyMy,
      videoUrl: kind === "VIDEO" ? `https://media.demo.mmso.mm/lessons/${courseSeed.slug}/${id}.mp4` : null,
      durationSeconds,
      isPreview: first,
    },
  };
}
