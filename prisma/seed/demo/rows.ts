import type { Prisma } from "../../../lib/generated/prisma/client.ts";
import type { SeedTx } from "../client.ts";

/** Every row of the demo data set, by table, built in memory before one write pass. */
export type DemoRows = {
  users: Prisma.UserCreateManyInput[];
  centers: Prisma.CenterCreateManyInput[];
  centerRefundPolicies: Prisma.CenterRefundPolicyCreateManyInput[];
  memberships: Prisma.CenterMembershipCreateManyInput[];
  instructorProfiles: Prisma.InstructorProfileCreateManyInput[];
  courses: Prisma.CourseCreateManyInput[];
  courseInstructors: Prisma.CourseInstructorCreateManyInput[];
  sections: Prisma.SectionCreateManyInput[];
  lessons: Prisma.LessonCreateManyInput[];
  questionPools: Prisma.QuestionPoolCreateManyInput[];
  questions: Prisma.QuestionCreateManyInput[];
  questionOptions: Prisma.QuestionOptionCreateManyInput[];
  quizzes: Prisma.QuizCreateManyInput[];
  quizPoolDraws: Prisma.QuizPoolDrawCreateManyInput[];
  liveClasses: Prisma.LiveClassCreateManyInput[];
  coupons: Prisma.CouponCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  /** The sandbox gateways' records of the demo orders, so that reconciliation finds them matched. */
  sandboxPayments: Prisma.SandboxPaymentCreateManyInput[];
  couponRedemptions: Prisma.CouponRedemptionCreateManyInput[];
  refunds: Prisma.RefundCreateManyInput[];
  centerPayouts: Prisma.CenterPayoutCreateManyInput[];
  ledgerEntries: Prisma.LedgerEntryCreateManyInput[];
  enrollments: Prisma.EnrollmentCreateManyInput[];
  lessonProgress: Prisma.LessonProgressCreateManyInput[];
  quizAttempts: Prisma.QuizAttemptCreateManyInput[];
  quizAnswers: Prisma.QuizAnswerCreateManyInput[];
  liveClassParticipations: Prisma.LiveClassParticipationCreateManyInput[];
  follows: Prisma.FollowCreateManyInput[];
  categoryPreferences: Prisma.UserCategoryPreferenceCreateManyInput[];
  professionPreferences: Prisma.UserProfessionPreferenceCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  notificationPreferences: Prisma.NotificationPreferenceCreateManyInput[];
};

type Writer<K extends keyof DemoRows> = (tx: SeedTx, data: DemoRows[K]) => Promise<{ count: number }>;

// Key order = insert order: every row's foreign keys point at tables written before it.
const WRITERS: { [K in keyof DemoRows]: Writer<K> } = {
  users: (tx, data) => tx.user.createMany({ data }),
  centers: (tx, data) => tx.center.createMany({ data }),
  centerRefundPolicies: (tx, data) => tx.centerRefundPolicy.createMany({ data }),
  memberships: (tx, data) => tx.centerMembership.createMany({ data }),
  instructorProfiles: (tx, data) => tx.instructorProfile.createMany({ data }),
  courses: (tx, data) => tx.course.createMany({ data }),
  courseInstructors: (tx, data) => tx.courseInstructor.createMany({ data }),
  sections: (tx, data) => tx.section.createMany({ data }),
  lessons: (tx, data) => tx.lesson.createMany({ data }),
  questionPools: (tx, data) => tx.questionPool.createMany({ data }),
  questions: (tx, data) => tx.question.createMany({ data }),
  questionOptions: (tx, data) => tx.questionOption.createMany({ data }),
  quizzes: (tx, data) => tx.quiz.createMany({ data }),
  quizPoolDraws: (tx, data) => tx.quizPoolDraw.createMany({ data }),
  liveClasses: (tx, data) => tx.liveClass.createMany({ data }),
  coupons: (tx, data) => tx.coupon.createMany({ data }),
  orders: (tx, data) => tx.order.createMany({ data }),
  payments: (tx, data) => tx.payment.createMany({ data }),
  sandboxPayments: (tx, data) => tx.sandboxPayment.createMany({ data }),
  couponRedemptions: (tx, data) => tx.couponRedemption.createMany({ data }),
  refunds: (tx, data) => tx.refund.createMany({ data }),
  centerPayouts: (tx, data) => tx.centerPayout.createMany({ data }),
  ledgerEntries: (tx, data) => tx.ledgerEntry.createMany({ data }),
  enrollments: (tx, data) => tx.enrollment.createMany({ data }),
  lessonProgress: (tx, data) => tx.lessonProgress.createMany({ data }),
  quizAttempts: (tx, data) => tx.quizAttempt.createMany({ data }),
  quizAnswers: (tx, data) => tx.quizAnswer.createMany({ data }),
  liveClassParticipations: (tx, data) => tx.liveClassParticipation.createMany({ data }),
  follows: (tx, data) => tx.follow.createMany({ data }),
  categoryPreferences: (tx, data) => tx.userCategoryPreference.createMany({ data }),
  professionPreferences: (tx, data) => tx.userProfessionPreference.createMany({ data }),
  notifications: (tx, data) => tx.notification.createMany({ data }),
  notificationPreferences: (tx, data) => tx.notificationPreference.createMany({ data }),
};

export function emptyRows(): DemoRows {
  const rows = {} as Record<keyof DemoRows, unknown[]>;
  for (const key of Object.keys(WRITERS) as (keyof DemoRows)[]) rows[key] = [];
  return rows as DemoRows;
}

// Keeps each INSERT well under PostgreSQL's 65,535 bind parameters.
const CHUNK = 2_000;

/** Inserts every table with createMany, in foreign-key order. Returns the row count per table. */
export async function writeRows(tx: SeedTx, rows: DemoRows): Promise<Record<keyof DemoRows, number>> {
  const counts = {} as Record<keyof DemoRows, number>;
  for (const key of Object.keys(WRITERS) as (keyof DemoRows)[]) {
    const data = rows[key] as unknown[];
    const write = WRITERS[key] as Writer<typeof key>;
    let count = 0;
    for (let start = 0; start < data.length; start += CHUNK) {
      count += (await write(tx, data.slice(start, start + CHUNK) as DemoRows[typeof key])).count;
    }
    counts[key] = count;
  }
  return counts;
}
