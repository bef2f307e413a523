import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { getSandboxTelegramBot } from "@/lib/telegram/bot";

/** A Telegram user id in the realistic range (positive, up to 10 digits), unique enough per test. */
export const fakeTelegramId = () => 1_000_000_000 + randomInt(0, 2_000_000_000);

/** A supergroup chat id as Telegram makes them: -100 followed by ten digits. */
export const fakeChatId = () => -(1_000_000_000_000 + randomInt(0, 999_999_999_999));

/** A user's Telegram link (as the Login Widget flow would leave it). */
export async function linkTelegram(userId: string, telegramId = fakeTelegramId()) {
  return db.telegramLink.create({ data: { userId, telegramId: BigInt(telegramId), firstName: "Test", authDate: new Date() } });
}

/** A course already connected to a Telegram group, with a join-request link. */
export async function connectGroup(course: { id: string; centerId: string }, chatId = fakeChatId()) {
  return db.telegramCourseGroup.create({
    data: { centerId: course.centerId, courseId: course.id, chatId: BigInt(chatId), title: "Course group", inviteLink: `https://t.me/+test${randomInt(0, 1e9)}`, inviteLinkCreatedAt: new Date() },
  });
}

/** An APPROVED member row (the person is in the group). */
export async function approveMember(groupId: string, telegramLinkId: string, approvedAt = new Date()) {
  return db.telegramGroupMember.create({ data: { groupId, telegramLinkId, status: "APPROVED", requestedAt: approvedAt, approvedAt } });
}

/** What the sandbox bot was asked to do in one chat (or to one person), in order. */
export function botCalls(filter: { chatId?: bigint | number | string; userId?: bigint | number | string }) {
  return getSandboxTelegramBot().calls.filter(
    (call) => (filter.chatId === undefined || call.chatId === String(filter.chatId)) && (filter.userId === undefined || call.userId === String(filter.userId)),
  );
}
