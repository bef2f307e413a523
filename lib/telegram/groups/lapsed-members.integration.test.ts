import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { createUser } from "@/lib/testing/factories";
import { createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { approveMember, botCalls, connectGroup, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { removeLapsedGroupMembers } from "./lapsed-members";
import { TELEGRAM_GROUP_HANDLERS } from "./outbox-handlers";

async function member(course: { id: string; centerId: string }, groupId: string, enrollment: Parameters<typeof enroll>[2] | null) {
  const user = await createUser();
  if (enrollment) await enroll(user.id, course, enrollment);
  const link = await linkTelegram(user.id);
  return { user, link, member: await approveMember(groupId, link.id) };
}

describe("the lapsed-member sweep", () => {
  it("queues one removal per lapsed approval (expired, revoked, none) and keeps active members", async () => {
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const now = new Date();
    const active = await member(course, group.id, {});
    const later = await member(course, group.id, { expiresAt: new Date(now.getTime() + 3600_000) });
    const expired = await member(course, group.id, { expiresAt: new Date(now.getTime() - 1000) });
    const revoked = await member(course, group.id, { status: "REVOKED" });
    const never = await member(course, group.id, null);
    // A declined row is not in the group: nothing to remove.
    await db.telegramGroupMember.update({ where: { id: (await member(course, group.id, null)).member.id }, data: { status: "DECLINED" } });

    expect(await removeLapsedGroupMembers(now)).toEqual({ lapsed: 3, queued: 3 });
    expect(await removeLapsedGroupMembers(now)).toEqual({ lapsed: 3, queued: 0 });

    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    for (const gone of [expired, revoked, never]) {
      expect(botCalls({ chatId: group.chatId, userId: gone.link.telegramId }).map((c) => c.method)).toEqual(["banChatMember", "unbanChatMember"]);
      expect((await db.telegramGroupMember.findUniqueOrThrow({ where: { id: gone.member.id } })).status).toBe("REMOVED");
    }
    for (const kept of [active, later]) {
      expect(botCalls({ chatId: group.chatId, userId: kept.link.telegramId })).toEqual([]);
      expect((await db.telegramGroupMember.findUniqueOrThrow({ where: { id: kept.member.id } })).status).toBe("APPROVED");
    }
    expect(await removeLapsedGroupMembers(now)).toEqual({ lapsed: 0, queued: 0 });
  });

  it("skips a member whose access came back before the removal ran, and queues again after a new approval", async () => {
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const { user, link, member: row } = await member(course, group.id, { status: "REVOKED" });
    expect((await removeLapsedGroupMembers()).queued).toBe(1);
    await db.enrollment.updateMany({ where: { userId: user.id, courseId: course.id }, data: { status: "ACTIVE" } });
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    expect(botCalls({ chatId: group.chatId, userId: link.telegramId })).toEqual([]);
    expect((await db.telegramGroupMember.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("APPROVED");

    // Access ends again after a fresh approval: a new removal, not the spent key.
    await db.enrollment.updateMany({ where: { userId: user.id, courseId: course.id }, data: { status: "EXPIRED" } });
    await db.telegramGroupMember.update({ where: { id: row.id }, data: { approvedAt: new Date(Date.now() + 1000) } });
    expect((await removeLapsedGroupMembers()).queued).toBe(1);
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    expect((await db.telegramGroupMember.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("REMOVED");
  });
});
