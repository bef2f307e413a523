import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createCategory, createCourse, createUser } from "@/lib/testing/factories";
import { createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { approveMember, botCalls, connectGroup, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { RetryLater } from "@/lib/outbox/types";
import { getSandboxTelegramBot } from "@/lib/telegram/bot";
import { verifyConnectCode } from "./connect-code";
import { disconnectCourseGroup, getCourseTelegramGroup, renewCourseGroupLink, simulateConnectCommand } from "./course-group-admin";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

async function centerWithCourse() {
  const staff = await createCenterWithStaff();
  const course = await createCourse({ centerId: staff.center.id, categoryId: (await createCategory()).id });
  const access = async (who: "owner" | "admin" | "instructor") => getCenterAccess(staff[who].actor, staff.center.id);
  return { ...staff, course, access };
}

describe("the course Telegram group dashboard", () => {
  it("shows managers a connect command for their own course; the demo button connects a sandbox group", async () => {
    const a = await centerWithCourse();
    const owner = await a.access("owner");
    const page = await getCourseTelegramGroup(owner, a.course.id);
    expect(page).toMatchObject({ group: null, canManage: true, demo: true });
    const command = page.connect!.command;
    expect(verifyConnectCode(command.replace("/connect ", ""))).toEqual({ courseId: a.course.id, centerId: a.center.id });

    await simulateConnectCommand(owner, a.course.id);
    const connected = await getCourseTelegramGroup(owner, a.course.id);
    expect(connected.connect).toBeNull();
    expect(connected.group).toMatchObject({ approvedMembers: 0 });
    expect(connected.group!.inviteLink).toMatch(/^https:\/\/t\.me\/\+/);
    expect(JSON.stringify(connected)).not.toMatch(/chatId/);
    expect(await code(simulateConnectCommand(owner, a.course.id))).toBe("conflict");
  });

  it("renews the link and disconnects (members go with the group), with activity entries", async () => {
    const a = await centerWithCourse();
    const group = await connectGroup(a.course);
    const admin = await a.access("admin");
    await renewCourseGroupLink(admin, a.course.id, testClient());
    const renewed = await db.telegramCourseGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(renewed.inviteLink).not.toBe(group.inviteLink);
    expect(botCalls({ chatId: group.chatId }).map((c) => c.method)).toEqual(["createChatInviteLink"]);

    getSandboxTelegramBot().fail("createChatInviteLink", new RetryLater("telegram_429", 5000));
    expect(await code(renewCourseGroupLink(admin, a.course.id, testClient()))).toBe("unavailable");

    const student = await createUser();
    await approveMember(group.id, (await linkTelegram(student.id)).id);
    await disconnectCourseGroup(admin, a.course.id, testClient());
    expect(await db.telegramCourseGroup.count({ where: { id: group.id } })).toBe(0);
    expect(await db.telegramGroupMember.count({ where: { groupId: group.id } })).toBe(0);
    expect(await code(disconnectCourseGroup(admin, a.course.id, testClient()))).toBe("not_found");
    const actions = await db.activityLog.findMany({ where: { targetId: a.course.id }, select: { action: true } });
    expect(actions.map((x) => x.action).sort()).toEqual(["telegram_group.disconnected", "telegram_group.link_renewed"]);
  });

  it("two tenants: center B cannot see or change center A's course group", async () => {
    const a = await centerWithCourse();
    const b = await centerWithCourse();
    const group = await connectGroup(a.course);
    const bOwner = await b.access("owner");
    expect(await code(getCourseTelegramGroup(bOwner, a.course.id))).toBe("not_found");
    expect(await code(renewCourseGroupLink(bOwner, a.course.id, testClient()))).toBe("not_found");
    expect(await code(disconnectCourseGroup(bOwner, a.course.id, testClient()))).toBe("not_found");
    expect(await code(simulateConnectCommand(bOwner, a.course.id))).toBe("not_found");
    expect(await code(getCourseTelegramGroup(bOwner, "not-a-uuid"))).toBe("not_found");
    expect(await db.telegramCourseGroup.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ inviteLink: group.inviteLink });
    expect(botCalls({ chatId: group.chatId })).toEqual([]);
  });

  it("lets the operator look but not change anything", async () => {
    const a = await centerWithCourse();
    const operator = await getCenterAccess((await createPlatformAdmin()).actor, a.center.id);
    expect(await getCourseTelegramGroup(operator, a.course.id)).toMatchObject({ canManage: false, connect: null, group: null });
    await connectGroup(a.course);
    expect(await code(disconnectCourseGroup(operator, a.course.id, testClient()))).toBe("forbidden");
    expect(await code(renewCourseGroupLink(operator, a.course.id, testClient()))).toBe("forbidden");
    expect(await code(simulateConnectCommand(operator, a.course.id))).toBe("forbidden");
  });

  it("instructors reach only their assigned courses", async () => {
    const a = await centerWithCourse();
    await connectGroup(a.course);
    const instructor = await a.access("instructor");
    expect(await code(getCourseTelegramGroup(instructor, a.course.id))).toBe("not_found");
    await db.courseInstructor.create({ data: { centerId: a.center.id, courseId: a.course.id, instructorId: a.instructorProfile.id, position: 0 } });
    expect((await getCourseTelegramGroup(instructor, a.course.id)).group).not.toBeNull();
  });
});
