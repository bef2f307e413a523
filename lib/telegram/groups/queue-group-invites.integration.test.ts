import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { createUser } from "@/lib/testing/factories";
import { createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { botCalls, connectGroup, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { TELEGRAM_GROUP_HANDLERS } from "./outbox-handlers";
import { queueGroupInvites } from "./queue-group-invites";

describe("invites for someone who links Telegram after enrolling", () => {
  it("queues one invite per connected course they can reach, once per link, and the worker DMs it", async () => {
    const user = await createUser({ locale: "EN" });
    const [withGroup, withoutGroup, expired] = await Promise.all([createCourseWithContent(), createCourseWithContent(), createCourseWithContent()]);
    const group = await connectGroup(withGroup.course);
    await connectGroup(expired.course);
    await enroll(user.id, withGroup.course);
    await enroll(user.id, withoutGroup.course);
    await enroll(user.id, expired.course, { expiresAt: new Date(Date.now() - 1000) });
    const link = await linkTelegram(user.id);
    const queue = () => db.$transaction((tx) => queueGroupInvites(tx, { userId: user.id, telegramLinkId: link.id }));
    expect(await queue()).toBe(1);
    expect(await queue()).toBe(0);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { kind: "telegram.send_group_invite" } })).toMatchObject({ payload: { userId: user.id, courseId: withGroup.course.id } });

    expect(await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS })).toMatchObject({ delivered: 1, dead: 0 });
    const dms = botCalls({ chatId: link.telegramId }).filter((c) => c.method === "sendMessage");
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toContain(group.inviteLink!);
    expect(dms[0]?.text).toContain(withGroup.course.titleEn!);
  });
});
