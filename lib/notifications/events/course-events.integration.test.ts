import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCenter, createCategory, createCourse, createInstructor } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { createCourseIn, createLiveClass } from "@/lib/testing/live-class-factories";
import { createNotifiedPerson, inboxOf, jobOf } from "@/lib/testing/notify-factories";
import { formatWhen } from "./event-helpers";
import { notifyFollowersOfCourse } from "./follower-events";
import { notifyLiveClassCancelled, notifyLiveClassReminder } from "./live-class-events";
import { notifySecurityAlert } from "./security-events";

const HOUR = 60 * 60_000;

/** A course with a scheduled class, its students (English, Burmese), and people who must hear nothing. */
async function classWithStudents(status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") {
  const center = await createCenter();
  const course = await createCourseIn(center.id);
  const otherCourse = await createCourseIn(center.id);
  const elsewhere = await createCourseIn((await createCenter()).id);
  const liveClass = await createLiveClass(course, { startsAt: new Date(Date.now() + 2 * HOUR), status, titleEn: "Algebra live" });
  const [english, burmese, revoked, otherStudent, foreignStudent] = await Promise.all([
    createNotifiedPerson({ locale: "EN" }),
    createNotifiedPerson({ locale: "MY" }),
    createNotifiedPerson(),
    createNotifiedPerson(),
    createNotifiedPerson(),
  ]);
  await Promise.all([
    enroll(english.id, course),
    enroll(burmese.id, course),
    enroll(revoked.id, course, { status: "REVOKED" }),
    enroll(otherStudent.id, otherCourse),
    enroll(foreignStudent.id, elsewhere),
  ]);
  return { course, liveClass, english, burmese, outsiders: [revoked, otherStudent, foreignStudent] };
}

const reminderJob = (liveClass: { id: string; centerId: string; courseId: string; startsAt: Date }, offset = "1h") =>
  jobOf("live_class.reminder", { liveClassId: liveClass.id, centerId: liveClass.centerId, courseId: liveClass.courseId, offset, startsAt: liveClass.startsAt.toISOString() });

describe("live class, new course and security notifications", () => {
  it("live_class.reminder: the course's active students, in their language, once; nobody else", async () => {
    const s = await classWithStudents();
    const job = reminderJob(s.liveClass);
    await notifyLiveClassReminder(job);
    await notifyLiveClassReminder(job);
    expect(await inboxOf(s.english.id)).toEqual([
      {
        kind: "LIVE_CLASS_REMINDER",
        title: "Live class in one hour",
        body: `“Algebra live” of “${s.course.titleEn}” starts at ${formatWhen(s.liveClass.startsAt, "en")} (Myanmar time).`,
        data: { liveClassId: s.liveClass.id, courseId: s.course.id, eventKey: `live_class.reminder:${s.liveClass.id}:1h:${s.liveClass.startsAt.getTime()}` },
      },
    ]);
    // No Burmese title was written: the English one stands in.
    expect(await inboxOf(s.burmese.id)).toMatchObject([
      { title: "တစ်နာရီအတွင်း တိုက်ရိုက်သင်တန်း စပါမည်", body: `“${s.course.titleMy}” ၏ “Algebra live” သည် ${formatWhen(s.liveClass.startsAt, "my")} (မြန်မာစံတော်ချိန်) တွင် စတင်ပါမည်။` },
    ]);
    for (const outsider of s.outsiders) expect(await inboxOf(outsider.id)).toEqual([]);
    await notifyLiveClassReminder(reminderJob(s.liveClass, "24h"));
    expect((await inboxOf(s.english.id))[1]).toMatchObject({ title: "Live class tomorrow" });
  });

  it("live_class.reminder: a stale reminder (moved, cancelled, or naming another center) says nothing", async () => {
    const s = await classWithStudents();
    const job = reminderJob(s.liveClass);
    await db.liveClass.update({ where: { id: s.liveClass.id }, data: { startsAt: new Date(s.liveClass.startsAt.getTime() + HOUR) } });
    await notifyLiveClassReminder(job);
    await db.liveClass.update({ where: { id: s.liveClass.id }, data: { startsAt: s.liveClass.startsAt, status: "CANCELLED" } });
    await notifyLiveClassReminder(job);
    const other = await createCourseIn((await createCenter()).id);
    await notifyLiveClassReminder(jobOf("live_class.reminder", { ...(job.payload as object), centerId: other.centerId }));
    expect(await inboxOf(s.english.id)).toEqual([]);
  });

  it("live_class.cancelled: the students hear the class will not happen, once", async () => {
    const s = await classWithStudents("CANCELLED");
    const job = jobOf("live_class.cancelled", { liveClassId: s.liveClass.id, centerId: s.liveClass.centerId, courseId: s.liveClass.courseId });
    await notifyLiveClassCancelled(job);
    await notifyLiveClassCancelled(job);
    expect(await inboxOf(s.english.id)).toMatchObject([
      { kind: "LIVE_CLASS_REMINDER", title: "Live class cancelled", body: `“Algebra live” of “${s.course.titleEn}”, planned for ${formatWhen(s.liveClass.startsAt, "en")} (Myanmar time), has been cancelled.` },
    ]);
    expect(await inboxOf(s.burmese.id)).toMatchObject([{ title: "တိုက်ရိုက်သင်တန်း ဖျက်သိမ်းလိုက်ပါပြီ" }]);
    for (const outsider of s.outsiders) expect(await inboxOf(outsider.id)).toEqual([]);
  });

  it("course.published.followers: followers of its instructors, once each, not those enrolled or following someone else", async () => {
    const center = await createCenter();
    const category = await createCategory();
    const [teacher, coTeacher, stranger] = await Promise.all([createInstructor({ name: "Daw Hla" }), createInstructor({ name: "U Ba" }), createInstructor()]);
    const course = await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [teacher.id, coTeacher.id], titleEn: "Physics", titleMy: "ရူပဗေဒ" });
    const [english, burmese, enrolled, otherFollower] = await Promise.all([
      createNotifiedPerson({ locale: "EN" }),
      createNotifiedPerson({ locale: "MY" }),
      createNotifiedPerson(),
      createNotifiedPerson(),
    ]);
    await db.follow.createMany({
      data: [
        { userId: english.id, instructorId: teacher.id },
        { userId: english.id, instructorId: coTeacher.id },
        { userId: burmese.id, instructorId: coTeacher.id },
        { userId: enrolled.id, instructorId: teacher.id },
        { userId: otherFollower.id, instructorId: stranger.id },
      ],
    });
    await enroll(enrolled.id, course);
    const job = jobOf("course.published.followers", { courseId: course.id });
    await notifyFollowersOfCourse(job);
    await notifyFollowersOfCourse(job);

    expect(await inboxOf(english.id)).toEqual([
      { kind: "NEW_COURSE_FROM_FOLLOWED", title: "New course: Physics", body: "Daw Hla, U Ba published a new course, “Physics”.", data: { courseId: course.id, eventKey: `course.published.followers:${course.id}` } },
    ]);
    expect(await inboxOf(burmese.id)).toMatchObject([
      { title: "သင်တန်းအသစ် - ရူပဗေဒ", body: `${teacher.displayNameMy}၊ ${coTeacher.displayNameMy} က သင်တန်းအသစ် “ရူပဗေဒ” ကို ထုတ်ဝေလိုက်ပါပြီ။` },
    ]);
    expect(await inboxOf(enrolled.id)).toEqual([]);
    expect(await inboxOf(otherFollower.id)).toEqual([]);

    // A course unpublished before the worker came is not announced.
    const draft = await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [teacher.id], status: "DRAFT" });
    await notifyFollowersOfCourse(jobOf("course.published.followers", { courseId: draft.id }));
    expect(await inboxOf(english.id)).toHaveLength(1);
  });

  it("account.security_alert: the owner only, in their language; each sign-in once", async () => {
    const [english, burmese, bystander] = await Promise.all([
      // Switches turned off by someone holding the account do not silence the alert (locked channels).
      createNotifiedPerson({ locale: "EN", email: true, preferences: { ACCOUNT_SECURITY: { IN_APP: false, EMAIL: false } } }),
      createNotifiedPerson({ locale: "MY" }),
      createNotifiedPerson(),
    ]);
    const at = new Date("2026-11-25T03:30:00Z");
    const signIn = jobOf("account.security_alert", { userId: english.id, event: "new_sign_in", platform: "IOS", at: at.toISOString() });
    await notifySecurityAlert(signIn);
    await notifySecurityAlert(signIn);
    expect(await inboxOf(english.id)).toMatchObject([
      {
        kind: "ACCOUNT_SECURITY",
        title: "New sign-in to your account",
        body: `Your account was signed in on an iPhone or iPad at ${formatWhen(at, "en")} (Myanmar time). If this was not you, sign out of all devices on your account page.`,
      },
    ]);
    expect(formatWhen(at, "en")).toContain("10:00");
    // Email is on by default for security alerts.
    expect(await db.outboxMessage.count({ where: { payload: { path: ["userId"], equals: english.id } } })).toBe(1);

    await notifySecurityAlert(jobOf("account.security_alert", { userId: burmese.id, event: "refresh_token_reuse", at: at.toISOString() }));
    await notifySecurityAlert(jobOf("account.security_alert", { userId: burmese.id, event: "new_sign_in", platform: "toaster", at: new Date(at.getTime() + 60_000).toISOString() }));
    const [reuse, unknownDevice] = await inboxOf(burmese.id);
    expect(reuse).toMatchObject({ title: "အကောင့်လုံခြုံရေးအတွက် သင့်ကို ထွက်ပေးလိုက်ပါပြီ" });
    expect(reuse?.body).toContain(formatWhen(at, "my"));
    expect(unknownDevice?.body).toContain("စက်တစ်ခု");
    expect(await inboxOf(bystander.id)).toEqual([]);
  });
});
