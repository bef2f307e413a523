import { randomBytes } from "node:crypto";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { recordDevMessage } from "@/lib/dev-outbox/dev-outbox";
import { logActivity } from "@/lib/audit/log-activity";
import { getStorage } from "@/lib/storage/storage";
import { createShop, paymentMessage } from "./commerce-factories";
import { createInstructor, createUser, unique } from "./factories";
import { createConversation } from "./messenger-factories";
import { createQuizSetup } from "./quiz-factories";
import { addMobileSession, addWebSession } from "./settings-factories";
import { TEST_CLIENT } from "./sign-in";
import { approveMember, connectGroup, fakeTelegramId } from "./telegram-group-factories";

/**
 * A person with every kind of data the product holds (policy S1.1–S1.3, S6): profile, photo file,
 * instructor profile, Telegram link in a course group, sessions and push tokens, a paid order with
 * its ledger, enrollment, quiz attempt, follow, notifications, a linked Messenger conversation,
 * usage events, a support request, activity, sign-in codes and their rate limits. Returns the
 * original identifying values, for a test to search the whole database for afterwards.
 */
export async function createPersonWithEverything() {
  const tag = randomBytes(4).toString("hex");
  const shop = await createShop({ priceAmount: 30_000 });
  const user = shop.buyer;
  const originals = {
    name: `Zawgyi Tester ${tag}`,
    phone: user.phone!,
    email: `person.${tag}@example.com`,
    telegramUsername: `tg_person_${tag}`,
    photoKey: `users/${user.id}/photo-${tag}.webp`,
    instructorSlug: `zawgyi-tester-${tag}`,
  };
  const storage = getStorage();
  await storage.put(originals.photoKey, new Uint8Array([1, 2, 3]), "image/webp");
  await db.mediaFile.create({ data: { ownerUserId: user.id, purpose: "USER_PHOTO", storageKey: originals.photoKey, mimeType: "image/webp", sizeBytes: 3 } });
  await db.user.update({
    where: { id: user.id },
    data: { name: originals.name, email: originals.email, emailVerified: new Date(), image: storage.urlFor(originals.photoKey), lastLoginAt: new Date() },
  });
  const profile = await db.instructorProfile.create({
    data: { userId: user.id, slug: originals.instructorSlug, displayNameEn: originals.name, displayNameMy: originals.name, bioEn: `Call ${originals.phone}`, photoUrl: storage.urlFor(originals.photoKey) },
  });
  const fan = await createUser();
  await db.follow.create({ data: { userId: fan.id, instructorId: profile.id } });
  await db.userCategoryPreference.create({ data: { userId: user.id, categoryId: shop.category.id } });
  await db.account.create({ data: { userId: user.id, type: "oauth", provider: "google", providerAccountId: `g-${tag}`, access_token: `token-${originals.email}` } });

  // Telegram: linked, approved into the course's group.
  const link = await db.telegramLink.create({
    data: { userId: user.id, telegramId: BigInt(fakeTelegramId()), username: originals.telegramUsername, firstName: originals.name, photoUrl: `https://t.me/i/${originals.telegramUsername}.jpg`, authDate: new Date() },
  });
  const group = await connectGroup(shop.course);
  await approveMember(group.id, link.id);

  // Sign-ins and devices.
  const web = await addWebSession(user.id);
  const mobile = await addMobileSession(user.id);

  // A paid order (enrollment, payment, ledger) and a quiz attempt.
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total }));
  const quiz = await createQuizSetup({ centerId: shop.center.id });
  await db.quizAttempt.create({ data: { centerId: quiz.centerId, courseId: quiz.course.id, quizId: quiz.quiz.id, userId: user.id, attemptNumber: 1, questionIds: [] } });

  // Follows, notifications, preferences.
  const teacher = await createInstructor();
  await db.follow.create({ data: { userId: user.id, instructorId: teacher.id } });
  const notification = await db.notification.create({ data: { userId: user.id, kind: "ORDER_RECEIPT", title: `Thank you, ${originals.name}`, body: "Paid", data: { email: originals.email } } });
  await db.notificationDelivery.create({ data: { userId: user.id, notificationId: notification.id, kind: "ORDER_RECEIPT", channel: "EMAIL", status: "SENT" } });
  await db.notificationPreference.create({ data: { userId: user.id, kind: "ORDER_RECEIPT", channel: "EMAIL", enabled: true } });

  // Chatbot, usage, support, activity.
  const conversation = await createConversation({ userId: user.id });
  await db.messengerMessage.create({ data: { conversationId: conversation.id, direction: "IN", text: `my phone is ${originals.phone}`, sentAt: new Date() } });
  await db.usageEvent.create({ data: { userId: user.id, name: "screen.view", screen: "home", at: new Date() } });
  const support = await db.supportRequest.create({
    data: { source: "APP", userId: user.id, subject: `Help for ${originals.name}`, body: `Reach me at ${originals.email}`, orderId: order.id },
  });
  await db.supportReply.create({ data: { requestId: support.id, fromOperator: true, body: `Hello ${originals.name}` } });
  await logActivity(db, { action: "profile.updated", actorUserId: user.id, targetType: "user", targetId: user.id, client: TEST_CLIENT });

  // Records keyed by the contact rather than the id.
  await db.otpChallenge.create({
    data: { channel: "SMS", destination: originals.phone, codeHash: "x", expiresAt: new Date(Date.now() + 60_000), bindingId: unique("bind"), ip: TEST_CLIENT.ip },
  });
  await db.rateLimitBucket.create({ data: { key: `otp.sends.contact.hour:phone:${originals.phone}`, windowStart: new Date(), count: 1, expiresAt: new Date(Date.now() + 3_600_000) } });
  await db.verificationToken.create({ data: { identifier: originals.email, token: unique("vt"), expires: new Date(Date.now() + 60_000) } });
  await db.centerInvitation.create({
    data: { centerId: shop.center.id, role: "INSTRUCTOR", email: originals.email, tokenHash: unique("inv"), status: "ACCEPTED", expiresAt: new Date(), acceptedById: user.id, acceptedAt: new Date() },
  });
  await recordDevMessage({ channel: "SMS", to: originals.phone, body: "Your MMSO code is 123456" });
  await recordDevMessage({ channel: "TELEGRAM", to: link.telegramId.toString(), body: `Hi @${originals.telegramUsername}` });
  await db.privacyRequest.create({ data: { kind: "EXPORT", status: "COMPLETED", subjectUserId: user.id } });

  return { user, originals, shop, order, profile, fan, link, group, web, mobile, conversation, support };
}
