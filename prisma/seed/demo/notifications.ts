import type { NotificationKind, Prisma } from "../../../lib/generated/prisma/client.ts";
import type { BuiltCourse, BuiltStudent, DemoContext } from "./context.ts";
import { formatKyat, formatNumber, pickText, type DemoLocale } from "./format.ts";
import { HOUR, MINUTE, addMs } from "./time.ts";

type Item = { at: Date; kind: NotificationKind; title: string; body: string; data: Prisma.InputJsonValue };

const PER_STUDENT = 4;

/** Up to four inbox items per student, written in the student's language; older ones mostly read. */
export function buildNotifications(ctx: DemoContext): void {
  const courseById = new Map(ctx.courses.map((course) => [course.id, course]));
  for (const student of ctx.students) {
    const items: Item[] = [];
    const l = student.locale;
    const t = (course: BuiltCourse) => pickText(course.titleEn, course.titleMy, l);
    for (const order of ctx.rows.orders.filter((row) => row.userId === student.id)) {
      const course = courseById.get(order.courseId);
      if (!course) continue;
      const data = { orderId: order.id ?? null, courseId: course.id };
      if (order.paidAt) items.push({ at: addMs(order.paidAt as Date, MINUTE), kind: "ORDER_RECEIPT", data, ...receipt(l, t(course), order.totalAmount, order.reference) });
      if (order.status === "FAILED") items.push({ at: order.failedAt as Date, kind: "PAYMENT_FAILED", data, ...failed(l, t(course)) });
    }
    for (const refund of ctx.rows.refunds.filter((row) => row.requestedById === student.id)) {
      const order = ctx.rows.orders.find((row) => row.id === refund.orderId);
      const course = order && courseById.get(order.courseId);
      if (!course || !refund.processedAt) continue;
      items.push({ at: refund.processedAt as Date, kind: "REFUND_UPDATE", data: { refundId: refund.id ?? null, orderId: refund.orderId }, ...refunded(l, t(course), refund.amount) });
    }
    for (const enrollment of ctx.enrollments.filter((row) => row.student === student && row.row.source === "ADMIN_GRANT")) {
      const center = pickText(enrollment.course.center.nameEn, enrollment.course.center.nameMy, l);
      items.push({ at: enrollment.at, kind: "ENROLLMENT_GRANTED", data: { enrollmentId: enrollment.row.id ?? null, courseId: enrollment.course.id }, ...granted(l, center, t(enrollment.course)) });
    }
    for (const attempt of ctx.rows.quizAttempts.filter((row) => row.userId === student.id)) {
      const quiz = ctx.quizzes.find((candidate) => candidate.id === attempt.quizId);
      if (!quiz || attempt.scorePercent == null) continue;
      const data = { attemptId: attempt.id ?? null, quizId: quiz.id, courseId: quiz.course.id };
      items.push({ at: attempt.submittedAt as Date, kind: "QUIZ_RESULT", data, ...quizResult(l, t(quiz.course), attempt.scorePercent, quiz.passMark) });
    }
    items.push(...newCourses(ctx, student, t));
    const latest = items.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(-PER_STUDENT);
    latest.forEach((item, index) => {
      const read = index < latest.length - 1 && ctx.rng.chance(0.7);
      ctx.rows.notifications.push({
        id: ctx.ids.uuid(item.at),
        userId: student.id,
        kind: item.kind,
        title: item.title,
        body: item.body,
        data: item.data,
        readAt: read ? addMs(item.at, ctx.rng.int(1, 30) * HOUR) : null,
        createdAt: item.at,
      });
    });
  }
}

function newCourses(ctx: DemoContext, student: BuiltStudent, t: (course: BuiltCourse) => string): Item[] {
  const followedAt = new Map(ctx.rows.follows.filter((row) => row.userId === student.id).map((row) => [row.instructorId, row.createdAt as Date]));
  // Only courses published after the student started following one of their instructors.
  const followedInstructor = (course: BuiltCourse) =>
    course.instructors.find((instructor) => {
      const since = followedAt.get(instructor.profileId);
      return since !== undefined && course.publishedAt !== null && since < course.publishedAt;
    });
  return ctx.courses
    .flatMap((course) => {
      const instructor = followedInstructor(course);
      return instructor && course.publishedAt ? [{ course, instructor, publishedAt: course.publishedAt }] : [];
    })
    .slice(0, 2)
    .map(({ course, instructor, publishedAt }) => {
      const name = pickText(instructor.displayNameEn, instructor.displayNameMy, student.locale);
      return {
        at: addMs(publishedAt, 5 * MINUTE),
        kind: "NEW_COURSE_FROM_FOLLOWED" as const,
        data: { courseId: course.id, instructorId: instructor.profileId },
        ...(student.locale === "MY"
          ? { title: `${name}၏ သင်တန်းအသစ်`, body: `“${t(course)}” သင်တန်း စတင်ဖွင့်လှစ်ပါပြီ။ ဝင်ရောက် ကြည့်ရှုလိုက်ပါ။` }
          : { title: `New course from ${name}`, body: `“${t(course)}” is now open. Take a look!` }),
      };
    });
}

const receipt = (l: DemoLocale, title: string, amount: number, reference: string) =>
  l === "MY"
    ? { title: "ငွေပေးချေမှု လက်ခံရရှိပါပြီ", body: `“${title}” အတွက် ${formatKyat(amount, l)}ကို လက်ခံရရှိပါပြီ။ အော်ဒါ အမှတ်စဉ် ${reference}။ ပျော်ရွှင်စွာ လေ့လာနိုင်ပါစေ။` }
    : { title: "Payment received", body: `We received ${formatKyat(amount, l)} for “${title}”. Order reference ${reference}. Happy learning!` };

const failed = (l: DemoLocale, title: string) =>
  l === "MY"
    ? { title: "ငွေပေးချေမှု မအောင်မြင်ပါ", body: `“${title}” အတွက် ငွေပေးချေမှု မအောင်မြင်ပါ။ ငွေဖြတ်တောက်ခြင်း မရှိပါ။ သင်တန်းစာမျက်နှာမှ ထပ်မံ ကြိုးစားနိုင်ပါသည်။` }
    : { title: "Payment not completed", body: `Your payment for “${title}” did not go through and no money was taken. You can try again from the course page.` };

const refunded = (l: DemoLocale, title: string, amount: number) =>
  l === "MY"
    ? { title: "ငွေပြန်အမ်းမှု ပြီးဆုံးပါပြီ", body: `“${title}” အတွက် ${formatKyat(amount, l)}ကို မူလ ငွေပေးချေခဲ့သည့် နည်းလမ်းသို့ ပြန်အမ်းပြီးပါပြီ။ သင်တန်းသို့ ဝင်ရောက်ခွင့် ရပ်ဆိုင်းသွားပါပြီ။` }
    : { title: "Refund completed", body: `${formatKyat(amount, l)} for “${title}” has been refunded to your original payment method. Your access to the course has ended.` };

const granted = (l: DemoLocale, center: string, title: string) =>
  l === "MY"
    ? { title: "သင်တန်းသို့ စာရင်းသွင်းပေးပြီးပါပြီ", body: `${center}က “${title}” သင်တန်းသို့ သင့်ကို စာရင်းသွင်းပေးထားပါသည်။ အချိန်မရွေး စတင် လေ့လာနိုင်ပါပြီ။` }
    : { title: "You have been enrolled", body: `${center} enrolled you in “${title}”. Start learning any time.` };

const quizResult = (l: DemoLocale, title: string, percent: number, passMark: number) => {
  const passed = percent >= passMark;
  if (l === "MY") {
    const score = `${formatNumber(percent, l)}%`;
    return passed
      ? { title: "စာမေးပွဲငယ် အောင်မြင်ပါသည်", body: `“${title}” ၏ စာမေးပွဲငယ်တွင် ${score} ရရှိပါသည်။ ဂုဏ်ယူပါတယ်။` }
      : { title: "စာမေးပွဲငယ် ရလဒ်", body: `“${title}” ၏ စာမေးပွဲငယ်တွင် ${score} ရရှိပါသည်။ အောင်မှတ်မှာ ${formatNumber(passMark, l)}% ဖြစ်ပြီး ထပ်မံ ဖြေဆိုနိုင်ပါသည်။` };
  }
  return passed
    ? { title: "Quiz passed", body: `You scored ${percent}% in the quiz of “${title}”. Well done!` }
    : { title: "Quiz result", body: `You scored ${percent}% in the quiz of “${title}”. The pass mark is ${passMark}%; you can try again.` };
};
