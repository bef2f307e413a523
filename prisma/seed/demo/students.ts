import type { NotificationChannel, NotificationKind } from "../../../lib/generated/prisma/client.ts";
import { DEMO_ACCOUNTS } from "../demo-fixtures.ts";
import { addUser } from "./centers.ts";
import { demoEmail } from "./contacts.ts";
import type { DemoContext } from "./context.ts";
import { STUDENT_NAMES } from "./data/students.ts";
import { ANCHOR, daysBefore } from "./time.ts";

/**
 * Students: the two fixture accounts first, then a mix of Burmese- and English-preferring people,
 * some known only by phone, some only by email.
 */
export function buildStudents(ctx: DemoContext): void {
  STUDENT_NAMES.forEach(([nameEn, nameMy], index) => {
    const fixture = DEMO_ACCOUNTS.students[index];
    const locale = fixture?.locale ?? (index % 3 === 1 ? "EN" : "MY");
    const contact = fixture ? "both" : index % 5 === 2 ? "email" : index % 5 === 4 ? "phone" : "both";
    const createdAt = daysBefore(ANCHOR, fixture ? 140 - index : ctx.rng.int(20, 150));
    const id = addUser(ctx, {
      name: fixture?.name ?? (locale === "MY" ? nameMy : nameEn),
      phone: fixture?.phone ?? (contact === "email" ? null : ctx.nextPhone()),
      email: fixture?.email ?? (contact === "phone" ? null : demoEmail(nameEn)),
      locale,
      at: createdAt,
    });
    ctx.students.push({ id, index, locale, createdAt, hasEmail: contact !== "phone" });
  });
}

const KINDS: NotificationKind[] = [
  "ORDER_RECEIPT",
  "PAYMENT_FAILED",
  "REFUND_UPDATE",
  "ENROLLMENT_GRANTED",
  "COURSE_ANNOUNCEMENT",
  "LIVE_CLASS_REMINDER",
  "QUIZ_RESULT",
  "NEW_COURSE_FROM_FOLLOWED",
  "SUPPORT_REPLY",
  "POLICY_UPDATE",
  "ACCOUNT_SECURITY",
];
const EMAIL_KINDS = new Set<NotificationKind>(["ORDER_RECEIPT", "PAYMENT_FAILED", "REFUND_UPDATE", "POLICY_UPDATE", "ACCOUNT_SECURITY"]);

/** Follows, category and profession preferences, and the default notification preferences. */
export function buildPreferences(ctx: DemoContext): void {
  const activeInstructors = ctx.centers.filter((center) => center.active).flatMap((center) => center.instructors);
  for (const student of ctx.students) {
    const enrolled = ctx.enrollments.filter((enrollment) => enrollment.student === student).map((enrollment) => enrollment.course);
    const teachers = new Set(enrolled.flatMap((course) => course.instructors.slice(0, 1)));
    for (const extra of ctx.rng.sample(activeInstructors, ctx.rng.int(0, 2))) teachers.add(extra);
    [...teachers].slice(0, 3).forEach((instructor, position) => {
      const at = new Date(student.createdAt.getTime() + (position + 1) * 86_400_000);
      ctx.rows.follows.push({ id: ctx.ids.uuid(at), userId: student.id, instructorId: instructor.profileId, createdAt: at });
    });

    const categories = new Set(enrolled.map((course) => course.categoryId));
    if (categories.size === 0 || ctx.rng.chance(0.3)) categories.add(ctx.rng.pick([...ctx.categoryIds.values()]));
    for (const categoryId of [...categories].slice(0, 3)) {
      ctx.rows.categoryPreferences.push({ userId: student.id, categoryId, createdAt: student.createdAt });
    }
    ctx.rows.professionPreferences.push({ userId: student.id, professionId: ctx.rng.pick(ctx.professionIds), createdAt: student.createdAt });

    // Explicit defaults: in-app and push on for everything, email for money and account matters.
    const mutesNewCoursePush = ctx.rng.chance(0.2);
    for (const kind of KINDS) {
      const channels: [NotificationChannel, boolean][] = [
        ["IN_APP", true],
        ["PUSH", !(mutesNewCoursePush && kind === "NEW_COURSE_FROM_FOLLOWED")],
      ];
      if (student.hasEmail && EMAIL_KINDS.has(kind)) channels.push(["EMAIL", true]);
      for (const [channel, enabled] of channels) {
        ctx.rows.notificationPreferences.push({ id: ctx.ids.uuid(student.createdAt), userId: student.id, kind, channel, enabled, updatedAt: student.createdAt });
      }
    }
  }
}
