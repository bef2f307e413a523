import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createCategory, createCourse, createUser } from "./factories";
import { enroll } from "./learning-factories";

/** An enrollment of a user in a course (ACTIVE admin grant unless told otherwise). */

/** A student with a phone and an email, enrolled in the course. */
export { enroll };

export async function createEnrolledStudent(course: { id: string; centerId: string }) {
  const tag = randomBytes(4).toString("hex");
  const user = await createUser({ email: `student-${tag}@example.com` });
  await enroll(user.id, course);
  return user;
}

/** A published course of a center, in a fresh category, with the given instructors. */
export async function createCourseIn(centerId: string, instructorIds: string[] = []) {
  const category = await createCategory();
  return createCourse({ centerId, categoryId: category.id, instructorIds });
}

type LiveClassOptions = {
  startsAt?: Date;
  durationMinutes?: number;
  status?: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED";
  titleEn?: string;
};

/** A live class row with Zoom-shaped meeting data, written directly (no Zoom client involved). */
export async function createLiveClass(course: { id: string; centerId: string }, options: LiveClassOptions = {}) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 5 * 60_000);
  const meetingId = String(90_000_000_000 + randomInt(0, 999_999_999));
  return db.liveClass.create({
    data: {
      centerId: course.centerId,
      courseId: course.id,
      titleEn: options.titleEn ?? `Live ${meetingId}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (options.durationMinutes ?? 60) * 60_000),
      status: options.status ?? "SCHEDULED",
      zoomMeetingId: meetingId,
      zoomJoinUrl: `https://zoom.us/j/${meetingId}?pwd=${randomBytes(12).toString("base64url")}`,
      zoomStartUrl: `https://zoom.us/s/${meetingId}?zak=${randomBytes(24).toString("base64url")}`,
      zoomPassword: "Pw" + randomBytes(4).toString("hex"),
    },
  });
}
