import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCourseWithContent } from "@/lib/testing/learning-factories";
import { botCalls, fakeChatId } from "@/lib/testing/telegram-group-factories";
import { getSandboxTelegramBot, TelegramApiError } from "@/lib/telegram/bot";
import { createConnectCode } from "./connect-code";
import { handleConnectCommand } from "./connect-group";

const command = (course: { id: string; centerId: string }, now?: Date) => `/connect ${createConnectCode({ courseId: course.id, centerId: course.centerId }, now).code}`;
const group = (chatId: number) => ({ id: chatId, title: "Physics 101 students", type: "supergroup" });
const lastReply = (chatId: number) => botCalls({ chatId }).filter((c) => c.method === "sendMessage").at(-1)?.text ?? "";

describe("connecting a Telegram group with /connect <code>", () => {
  it("binds the group, makes a join-request link and answers in both languages; a repeat changes nothing", async () => {
    const { course } = await createCourseWithContent();
    const chatId = fakeChatId();
    expect(await handleConnectCommand({ chat: group(chatId), from: { id: 42 }, text: command(course) })).toBe("connected");
    const row = await db.telegramCourseGroup.findUniqueOrThrow({ where: { courseId: course.id } });
    expect(row).toMatchObject({ chatId: BigInt(chatId), centerId: course.centerId, title: "Physics 101 students" });
    expect(row.inviteLink).toMatch(/^https:\/\/t\.me\/\+/);
    expect(lastReply(chatId)).toContain(course.titleEn!);
    expect(lastReply(chatId)).toContain(course.titleMy!);
    expect(lastReply(chatId)).toMatch(/[\u1000-\u109F]/);
    expect(await db.activityLog.count({ where: { action: "telegram_group.connected", targetId: course.id } })).toBe(1);

    expect(await handleConnectCommand({ chat: { ...group(chatId), title: "Renamed" }, text: `${command(course).replace("/connect", "/connect@mmso_sandbox_bot")}` })).toBe("already_connected");
    expect(botCalls({ chatId }).filter((c) => c.method === "createChatInviteLink")).toHaveLength(1);
    expect(await db.telegramCourseGroup.findUniqueOrThrow({ where: { courseId: course.id } })).toMatchObject({ inviteLink: row.inviteLink, title: "Renamed" });
  });

  it("refuses a tampered, expired, foreign-center or missing code, and connects nothing", async () => {
    const { course } = await createCourseWithContent();
    const other = await createCourseWithContent();
    const chatId = fakeChatId();
    const good = command(course);
    // One character inside the MAC (not the last one, whose low bits are base64 padding).
    const at = good.length - 10;
    const tampered = good.slice(0, at) + (good[at] === "A" ? "B" : "A") + good.slice(at + 1);
    const expired = command(course, new Date(Date.now() - 26 * 3600_000));
    const foreign = `/connect ${createConnectCode({ courseId: course.id, centerId: other.course.centerId }).code}`;
    for (const text of [tampered, expired, foreign, "/connect", "/connect nonsense"]) {
      expect(await handleConnectCommand({ chat: group(chatId), text })).toBe("invalidCode");
      expect(lastReply(chatId)).toContain("not valid");
    }
    expect(await db.telegramCourseGroup.count({ where: { OR: [{ courseId: course.id }, { chatId: BigInt(chatId) }] } })).toBe(0);
    expect(botCalls({ chatId }).filter((c) => c.method === "createChatInviteLink")).toHaveLength(0);
  });

  it("works only in groups; refuses a chat bound to another course and a course bound to another chat", async () => {
    const { course } = await createCourseWithContent();
    const second = await createCourseWithContent();
    const privateChat = 777_000_111;
    expect(await handleConnectCommand({ chat: { id: privateChat, type: "private" }, text: command(course) })).toBe("notAGroup");
    const chatId = fakeChatId();
    expect(await handleConnectCommand({ chat: group(chatId), text: command(course) })).toBe("connected");
    expect(await handleConnectCommand({ chat: group(chatId), text: command(second.course) })).toBe("chatTaken");
    expect(await handleConnectCommand({ chat: group(fakeChatId()), text: command(course) })).toBe("courseTaken");
    expect(await db.telegramCourseGroup.count({ where: { courseId: second.course.id } })).toBe(0);
    expect((await db.telegramCourseGroup.findUniqueOrThrow({ where: { courseId: course.id } })).chatId).toBe(BigInt(chatId));
  });

  it("asks for admin rights when Telegram refuses to make the link", async () => {
    const { course } = await createCourseWithContent();
    const chatId = fakeChatId();
    getSandboxTelegramBot().fail("createChatInviteLink", new TelegramApiError("telegram_bad_request", "createChatInviteLink", 400, "Bad Request: not enough rights"));
    expect(await handleConnectCommand({ chat: group(chatId), text: command(course) })).toBe("missingRights");
    expect(lastReply(chatId)).toContain("administrator");
    expect(await db.telegramCourseGroup.count({ where: { courseId: course.id } })).toBe(0);
  });
});
