import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createEnrolledStudent, createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { createUser } from "@/lib/testing/factories";
import { botCalls, connectGroup, fakeChatId, fakeTelegramId, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { drainOutbox } from "@/lib/outbox/drain";
import { handleChatJoinRequest } from "./join-request";
import { TELEGRAM_GROUP_HANDLERS } from "./outbox-handlers";

// The answer to Telegram goes out through the outbox: the worker's round.
const answer = () => drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });

async function setup() {
  const { course } = await createCourseWithContent();
  const group = await connectGroup(course);
  return { course, group, chatId: Number(group.chatId) };
}

const memberOf = (groupId: string, telegramLinkId: string) => db.telegramGroupMember.findUnique({ where: { groupId_telegramLinkId: { groupId, telegramLinkId } } });

describe("Telegram join requests", () => {
  it("approves a linked Telegram id with an active enrollment, once however often the update repeats", async () => {
    const { course, group, chatId } = await setup();
    const { user } = await createEnrolledStudent(course);
    const link = await linkTelegram(user.id);
    const req = { chat: { id: chatId }, from: { id: Number(link.telegramId) }, date: Math.floor(Date.now() / 1000) };
    expect(await handleChatJoinRequest(req)).toBe("approved");
    expect(await handleChatJoinRequest(req)).toBe("approved");
    expect(await memberOf(group.id, link.id)).toMatchObject({ status: "APPROVED", removedAt: null });
    expect(botCalls({ chatId, userId: link.telegramId })).toEqual([]);
    await answer();
    expect(botCalls({ chatId, userId: link.telegramId }).map((c) => c.method)).toEqual(["approveChatJoinRequest"]);
  });

  it("a join request from a Telegram id without an enrollment is declined", async () => {
    const { group, chatId } = await setup();
    const link = await linkTelegram((await createUser()).id);
    expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: Number(link.telegramId) }, date: 0 })).toBe("declined");
    expect(await memberOf(group.id, link.id)).toMatchObject({ status: "DECLINED", approvedAt: null });
    await answer();
    expect(botCalls({ chatId, userId: link.telegramId }).map((c) => c.method)).toEqual(["declineChatJoinRequest"]);
  });

  it("declines an expired or revoked enrollment, and an enrollment in another course", async () => {
    const { course, group, chatId } = await setup();
    const expired = await createUser();
    await enroll(expired.id, course, { expiresAt: new Date(Date.now() - 60_000) });
    const revoked = await createUser();
    await enroll(revoked.id, course, { status: "REVOKED" });
    const elsewhere = await createUser();
    await enroll(elsewhere.id, (await createCourseWithContent()).course);
    for (const user of [expired, revoked, elsewhere]) {
      const link = await linkTelegram(user.id);
      expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: Number(link.telegramId) }, date: 1 })).toBe("declined");
      expect((await memberOf(group.id, link.id))?.status).toBe("DECLINED");
    }
    // An enrollment that expires later still counts.
    const future = await createUser();
    await enroll(future.id, course, { expiresAt: new Date(Date.now() + 86_400_000) });
    const link = await linkTelegram(future.id);
    expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: Number(link.telegramId) }, date: 1 })).toBe("approved");
  });

  it("declines a Telegram id with no link and keeps no row; ignores a chat that is not a course group", async () => {
    const { group, chatId } = await setup();
    const stranger = fakeTelegramId();
    expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: stranger }, date: 1 })).toBe("declined");
    expect(await db.telegramGroupMember.count({ where: { groupId: group.id } })).toBe(0);
    await answer();
    expect(botCalls({ chatId, userId: stranger }).map((c) => c.method)).toEqual(["declineChatJoinRequest"]);

    const otherChat = fakeChatId();
    expect(await handleChatJoinRequest({ chat: { id: otherChat }, from: { id: stranger }, date: 1 })).toBe("ignored");
    await answer();
    expect(botCalls({ chatId: otherChat })).toEqual([]);
  });

  it("turns an approval into a refusal when access ended before the answer went out", async () => {
    const { course, group, chatId } = await setup();
    const { user } = await createEnrolledStudent(course);
    const link = await linkTelegram(user.id);
    expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: Number(link.telegramId) }, date: 7 })).toBe("approved");
    // Unlinked in between: the member row went with the link.
    await db.telegramLink.delete({ where: { id: link.id } });
    await answer();
    expect(botCalls({ chatId, userId: link.telegramId }).map((c) => c.method)).toEqual(["declineChatJoinRequest"]);
    expect(await db.telegramGroupMember.count({ where: { groupId: group.id } })).toBe(0);
  });
});
