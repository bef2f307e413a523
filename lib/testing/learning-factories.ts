import { db } from "@/lib/db";
import { createCategory, createCenter, createCourse, createInstructor, createUser } from "./factories";

export const LESSON_BODY_EN = "SECRET-BODY-EN: the paid content";
export const LESSON_BODY_MY = "SECRET-BODY-MY: ပေးချေပြီးမှ ဖတ်ရသော အကြောင်းအရာ";
export const JOIN_URL = "https://zoom.example/j/SECRET-JOIN";

/** An ACTIVE (or given status) enrollment of a user in a course, as a paid order would leave it. */
export async function enroll(userId: string, course: { id: string; centerId: string }, data: { status?: "ACTIVE" | "REVOKED" | "EXPIRED"; expiresAt?: Date } = {}) {
  return db.enrollment.create({
    data: { userId, courseId: course.id, centerId: course.centerId, source: "ADMIN_GRANT", status: data.status ?? "ACTIVE", expiresAt: data.expiresAt ?? null },
  });
}

/**
 * A published course of an active center with `lessons` lessons (default 3) whose bodies hold
 * the SECRET markers; the first lesson is a preview. Includes an instructor and, when asked, a
 * scheduled live class with a join link (which no catalog answer may contain).
 */
export async function createCourseWithContent(options: { lessons?: number; status?: "DRAFT" | "PUBLISHED" | "ARCHIVED"; centerStatus?: "ACTIVE" | "PENDING" | "SUSPENDED"; liveClass?: boolean } = {}) {
  const [center, category, instructor] = await Promise.all([createCenter({ status: options.centerStatus ?? "ACTIVE" }), createCategory(), createInstructor()]);
  const course = await createCourse({ centerId: center.id, categoryId: category.id, status: options.status, lessons: options.lessons ?? 3, instructorIds: [instructor.id] });
  await db.lesson.updateMany({ where: { courseId: course.id }, data: { bodyEn: LESSON_BODY_EN, bodyMy: LESSON_BODY_MY, durationSeconds: 60 } });
  const lessons = await db.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } });
  if (lessons[0]) await db.lesson.update({ where: { id: lessons[0].id }, data: { isPreview: true } });
  if (options.liveClass) {
    const startsAt = new Date(Date.now() + 24 * 3600_000);
    await db.liveClass.create({
      data: {
        centerId: center.id,
        courseId: course.id,
        titleEn: "Live Q&A",
        titleMy: "တိုက်ရိုက် မေးဖြေ",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
        zoomJoinUrl: JOIN_URL,
        zoomStartUrl: `${JOIN_URL}-start`,
        zoomPassword: "SECRET-PASSWORD",
      },
    });
  }
  return { center, category, instructor, course, lessons };
}

/** A student (plain user) who is enrolled in the course. */
export async function createEnrolledStudent(course: { id: string; centerId: string }) {
  const user = await createUser();
  const enrollment = await enroll(user.id, course);
  return { user, enrollment };
}
