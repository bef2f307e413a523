import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/client";
import { createCategory, createCourse, createUser, unique } from "./factories";
import { enroll } from "./learning-factories";
import { createCenterWithStaff } from "./staff-factories";

/**
 * A center with staff and one course (its instructor assigned), plus a second course of the same
 * center the instructor does not teach; each staff member's CenterAccess is resolved.
 */
export async function createAnnouncingCenter() {
  const staff = await createCenterWithStaff();
  const category = await createCategory();
  const course = await createCourse({ centerId: staff.center.id, categoryId: category.id, instructorIds: [staff.instructorProfile.id] });
  const otherCourse = await createCourse({ centerId: staff.center.id, categoryId: category.id });
  const [ownerAccess, adminAccess, instructorAccess] = await Promise.all([
    getCenterAccess(staff.owner.actor, staff.center.id),
    getCenterAccess(staff.admin.actor, staff.center.id),
    getCenterAccess(staff.instructor.actor, staff.center.id),
  ]);
  return { ...staff, category, course, otherCourse, ownerAccess, adminAccess, instructorAccess };
}

type StudentOptions = {
  locale?: "EN" | "MY";
  device?: boolean;
  telegram?: boolean;
  /** Explicit preferences for COURSE_ANNOUNCEMENT (absent: the defaults). */
  preferences?: Partial<Record<NotificationChannel, boolean>>;
  enrollment?: { status?: "ACTIVE" | "REVOKED" | "EXPIRED"; expiresAt?: Date };
};

/** A student enrolled in `course`, with a push device, a Telegram link and preferences as asked. */
export async function createAnnouncementStudent(course: { id: string; centerId: string }, options: StudentOptions = {}) {
  const user = await createUser({ locale: options.locale ?? "MY" });
  await enroll(user.id, course, options.enrollment);
  if (options.device) await db.deviceToken.create({ data: { userId: user.id, token: unique("fcm"), platform: "ANDROID" } });
  if (options.telegram) {
    await db.telegramLink.create({ data: { userId: user.id, telegramId: BigInt(Math.floor(Math.random() * 1e12)), authDate: new Date() } });
  }
  for (const [channel, enabled] of Object.entries(options.preferences ?? {})) {
    await db.notificationPreference.create({ data: { userId: user.id, kind: "COURSE_ANNOUNCEMENT", channel: channel as NotificationChannel, enabled } });
  }
  return user;
}
