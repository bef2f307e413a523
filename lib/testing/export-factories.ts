import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createCategory, createCenter, createCourse, createInstructor, createUser, unique } from "./factories";
import { createConversation } from "./messenger-factories";
import { createPool } from "./quiz-factories";
import { approveMember, connectGroup, linkTelegram } from "./telegram-group-factories";

/**
 * One center, course, quiz, live class, Telegram group, policy version and support operator that
 * several people share, so an export test can check that nothing of one person shows up in
 * another's export (policy S6).
 */
export async function createSharedWorld() {
  const [center, category, instructor] = await Promise.all([createCenter(), createCategory(), createInstructor({ name: "Public Teacher" })]);
  const course = await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [instructor.id], lessons: 2 });
  const lessons = await db.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } });
  const quiz = await db.quiz.create({ data: { centerId: center.id, courseId: course.id, titleEn: "Quiz", titleMy: "စာမေးပွဲ", publishedAt: new Date() } });
  const pool = await createPool(course, [{}, {}]);
  const liveClass = await db.liveClass.create({
    data: { centerId: center.id, courseId: course.id, titleEn: "Live", titleMy: "တိုက်ရိုက်", startsAt: new Date(), endsAt: new Date(Date.now() + 3600_000), zoomJoinUrl: "https://zoom.example/j/SECRET-JOIN", zoomPassword: "SECRET-PASSWORD" },
  });
  const group = await connectGroup(course);
  const profession = await db.profession.create({ data: { slug: unique("prof"), nameEn: "Nurse", nameMy: "သူနာပြု" } });
  const policy = await db.policyVersion.create({ data: { kind: "STUDENT", version: randomInt(1000, 2_000_000_000), effectiveAt: new Date(), material: true, publishedAt: new Date() } });
  const operator = await createUser({ name: "OPERATOR-PRIVATE-NAME", role: "PLATFORM_ADMIN" });
  return { center, category, instructor, course, lessons, quiz, pool, liveClass, group, profession, policy, operator };
}

export type SharedWorld = Awaited<ReturnType<typeof createSharedWorld>>;

/** A person with a row of every kind the export covers, each carrying `marker` where there is text. */
export async function createPersonWithEverything(world: SharedWorld, marker = unique("MARK").toUpperCase()) {
  const user = await createUser({ name: `Name ${marker}`, email: `${marker.toLowerCase()}@example.com`, phoneVerifiedAt: new Date(), image: `https://cdn.example/${marker}.webp` });
  const userId = user.id;
  const { center, course, lessons, quiz, pool, liveClass, group, operator } = world;
  await db.userCategoryPreference.create({ data: { userId, categoryId: world.category.id } });
  await db.userProfessionPreference.create({ data: { userId, professionId: world.profession.id } });
  const sessionToken = `SECRET-SESSION-${randomBytes(8).toString("hex")}`;
  await db.session.create({ data: { userId, sessionToken, expires: new Date(Date.now() + 86_400_000), deviceType: "desktop", os: "Windows 11", browser: "Firefox", ip: "198.51.100.23", country: "MM" } });
  const pushToken = `SECRET-PUSH-${randomBytes(12).toString("hex")}`;
  await db.deviceToken.create({ data: { userId, token: pushToken, platform: "ANDROID", appVersion: "2.3.4" } });
  const telegram = await linkTelegram(userId);
  await approveMember(group.id, telegram.id);
  await db.account.create({ data: { userId, type: "oauth", provider: "google", providerAccountId: `g-${marker}`, access_token: "SECRET-ACCESS-TOKEN", refresh_token: "SECRET-REFRESH-TOKEN" } });
  await db.centerMembership.create({ data: { centerId: center.id, userId, role: "INSTRUCTOR" } });
  await db.mediaFile.create({ data: { ownerUserId: userId, purpose: "USER_PHOTO", storageKey: `users/${marker}.webp`, mimeType: "image/webp", sizeBytes: 1234 } });

  const coupon = await db.coupon.create({ data: { centerId: center.id, scope: "CENTER", code: `C${marker}`.replace(/-/g, ""), kind: "FIXED", value: 5000 } });
  const order = await db.order.create({
    data: {
      reference: `R_${marker}`.replace(/-/g, "_"),
      userId,
      centerId: center.id,
      courseId: course.id,
      provider: "KBZPAY",
      status: "PARTIALLY_REFUNDED",
      unitAmount: 25000,
      discountAmount: 5000,
      totalAmount: 20000,
      refundedAmount: 1000,
      currency: "MMK",
      couponId: coupon.id,
      idempotencyKey: `SECRET-IDEMPOTENCY-${marker}`,
      providerCheckoutId: `SECRET-CHECKOUT-${marker}`,
      checkoutUrl: "https://pay.example/SECRET-CHECKOUT-URL",
      paidAt: new Date(),
    },
  });
  await db.payment.create({ data: { centerId: center.id, orderId: order.id, provider: "KBZPAY", providerTransactionId: `T${marker}`, status: "SUCCEEDED", amount: 20000, currency: "MMK", method: "KBZ Pay", paidAt: new Date() } });
  await db.refund.create({ data: { centerId: center.id, orderId: order.id, provider: "KBZPAY", amount: 1000, currency: "MMK", reason: `Refund ${marker}`, status: "SUCCEEDED", processedById: operator.id } });
  await db.enrollment.create({ data: { userId, courseId: course.id, centerId: center.id, source: "ORDER", orderId: order.id } });
  await db.lessonProgress.create({ data: { userId, lessonId: lessons[0]!.id, courseId: course.id, positionSeconds: 42, completedAt: new Date() } });

  const [q1, q2] = pool.questions;
  const submitted = await db.quizAttempt.create({
    data: { centerId: center.id, courseId: course.id, quizId: quiz.id, userId, attemptNumber: 1, status: "SUBMITTED", questionIds: [q1!.id, q2!.id], submittedAt: new Date(), score: 1, maxScore: 2, scorePercent: 50, passed: false },
  });
  await db.quizAnswer.create({ data: { attemptId: submitted.id, questionId: q1!.id, selectedOptionIds: [q1!.options[0]!.id], isCorrect: true, pointsAwarded: 1 } });
  await db.quizAnswer.create({ data: { attemptId: submitted.id, questionId: q2!.id, selectedOptionIds: [q2!.options[1]!.id], isCorrect: false, pointsAwarded: 0 } });
  const open = await db.quizAttempt.create({
    data: { centerId: center.id, courseId: course.id, quizId: quiz.id, userId, attemptNumber: 2, status: "IN_PROGRESS", questionIds: [q1!.id], startedAt: new Date(Date.now() + 1000) },
  });
  // As if graded early: the export must still not reveal it while the attempt is open.
  await db.quizAnswer.create({ data: { attemptId: open.id, questionId: q1!.id, selectedOptionIds: [q1!.options[0]!.id], isCorrect: true, pointsAwarded: 1 } });
  await db.liveClassParticipation.create({ data: { liveClassId: liveClass.id, userId, joinedAt: new Date(), zoomParticipantId: `zp-${marker}` } });
  await db.follow.create({ data: { userId, instructorId: world.instructor.id } });

  const notification = await db.notification.create({ data: { userId, kind: "ORDER_RECEIPT", title: `Receipt ${marker}`, body: `Paid ${marker}`, data: { orderId: order.id } } });
  await db.notificationPreference.create({ data: { userId, kind: "COURSE_ANNOUNCEMENT", channel: "TELEGRAM", enabled: false } });
  await db.notificationDelivery.create({ data: { userId, notificationId: notification.id, kind: "ORDER_RECEIPT", channel: "PUSH", status: "SENT" } });
  await db.policyAcknowledgement.create({ data: { userId, policyVersionId: world.policy.id } });

  const conversation = await createConversation({ userId, marketingConsent: true, consentedAt: new Date() });
  await db.messengerMessage.create({ data: { conversationId: conversation.id, direction: "OUT", text: `Bot reply ${marker}`, operatorUserId: operator.id, sentAt: new Date(Date.now() + 1000) } });
  await db.messengerEvent.create({ data: { conversationId: conversation.id, type: "READ", watermark: new Date() } });
  const support = await db.supportRequest.create({ data: { source: "WEB", userId, orderId: order.id, courseId: course.id, subject: `Help ${marker}`, body: `Question ${marker}` } });
  await db.supportReply.create({ data: { requestId: support.id, authorUserId: operator.id, fromOperator: true, body: `Answer for ${marker}` } });
  await db.supportReply.create({ data: { requestId: support.id, authorUserId: userId, fromOperator: false, body: `Thanks ${marker}` } });
  const handover = await db.supportRequest.create({ data: { source: "MESSENGER", messengerConversationId: conversation.id, body: `Handover ${marker}` } });

  await db.usageEvent.create({ data: { userId, name: "search", screen: "home", props: { q: `term ${marker}` }, at: new Date(), platform: "ANDROID", appVersion: "2.3.4", country: "MM" } });
  await db.activityLog.create({ data: { actorUserId: userId, centerId: center.id, action: "course.update", targetType: "Course", targetId: course.id, ip: "198.51.100.99", os: "Android 14", metadata: { studentId: operator.id } } });
  await db.privacyRequest.create({ data: { kind: "DELETION", status: "REJECTED", subjectUserId: userId, note: `OPERATOR-NOTE ${marker}` } });

  return { user, marker, sessionToken, pushToken, telegram, order, conversation, support, handover };
}
