import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Unique suffix for test data: factories never rely on shared fixtures. */
export const unique = (prefix = "t") => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function createCategory(data: Partial<Prisma.CategoryCreateInput> = {}) {
  const slug = unique("cat");
  return db.category.create({ data: { slug, nameEn: `Category ${slug}`, nameMy: `အမျိုးအစား ${slug}`, ...data } });
}

export async function createCenter(data: Partial<Prisma.CenterCreateInput> = {}) {
  const slug = unique("center");
  return db.center.create({
    data: { slug, nameEn: `Center ${slug}`, nameMy: `စင်တာ ${slug}`, status: "ACTIVE", ...data },
  });
}

export async function createUser(data: Partial<Prisma.UserCreateInput> = {}) {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  return db.user.create({ data: { phone: `+959${digits}`, name: unique("user"), ageConfirmedAt: new Date(), ...data } });
}

export async function createInstructor(options: { name?: string } = {}) {
  const user = await createUser();
  return db.instructorProfile.create({
    data: { userId: user.id, displayNameEn: options.name ?? `Teacher ${user.name}`, displayNameMy: `ဆရာ ${user.name}` },
  });
}

type CourseOptions = {
  centerId: string;
  categoryId: string;
  titleEn?: string | null;
  titleMy?: string | null;
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  priceAmount?: number;
  publishedAt?: Date;
  instructorIds?: string[];
  lessons?: number;
};

/** A course with one section of `lessons` lessons (default 2), published unless told otherwise. */
export async function createCourse(options: CourseOptions) {
  const slug = unique("course");
  const status = options.status ?? "PUBLISHED";
  const course = await db.course.create({
    data: {
      slug,
      centerId: options.centerId,
      categoryId: options.categoryId,
      titleEn: options.titleEn === undefined ? `Course ${slug}` : options.titleEn,
      titleMy: options.titleMy === undefined ? `သင်တန်း ${slug}` : options.titleMy,
      status,
      priceAmount: options.priceAmount ?? 25000,
      publishedAt: status === "PUBLISHED" ? (options.publishedAt ?? new Date()) : null,
    },
  });
  const section = await db.section.create({
    data: { centerId: course.centerId, courseId: course.id, titleEn: "Start", titleMy: "စတင်ခြင်း", position: 0 },
  });
  const lessonCount = options.lessons ?? 2;
  if (lessonCount > 0) {
    await db.lesson.createMany({
      data: Array.from({ length: lessonCount }, (_, i) => ({
        centerId: course.centerId,
        courseId: course.id,
        sectionId: section.id,
        kind: "TEXT" as const,
        titleEn: `Lesson ${i + 1}`,
        titleMy: `သင်ခန်းစာ ${i + 1}`,
        position: i,
      })),
    });
  }
  for (const [position, instructorId] of (options.instructorIds ?? []).entries()) {
    await db.courseInstructor.create({ data: { centerId: course.centerId, courseId: course.id, instructorId, position } });
  }
  return course;
}

type CouponOptions = { centerId: string; courseId?: string; code?: string; kind?: "PERCENT" | "FIXED"; value?: number };

/** An active coupon of a center: center-wide, or for one course when `courseId` is given. */
export async function createCoupon(options: CouponOptions) {
  return db.coupon.create({
    data: {
      centerId: options.centerId,
      courseId: options.courseId ?? null,
      scope: options.courseId ? "COURSE" : "CENTER",
      code: options.code ?? unique("SAVE").toUpperCase(),
      kind: options.kind ?? "PERCENT",
      value: options.value ?? 10,
    },
  });
}
