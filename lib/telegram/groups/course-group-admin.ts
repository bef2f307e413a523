import "server-only";
import { randomInt } from "node:crypto";
import { courseScope, hasPermission, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import { isDemo } from "@/lib/env";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { RetryLater } from "@/lib/outbox/types";
import { getTelegramBot, TelegramApiError, type TelegramBot } from "@/lib/telegram/bot";
import { createConnectCode } from "./connect-code";
import { handleConnectCommand, inviteLinkName } from "./connect-group";
import type { CourseTelegramGroupDto } from "./course-group-dto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The course in the access's scope (instructors: assigned courses only); anything else is `not_found`. */
async function scopedCourse(access: CenterAccess, courseId: string) {
  if (!UUID.test(courseId)) throw new AppError("not_found");
  const course = await db.course.findFirst({ where: { ...courseScope(access), id: courseId }, select: { id: true, centerId: true, slug: true, titleEn: true, titleMy: true } });
  if (!course) throw new AppError("not_found");
  return course;
}

/** The course's Telegram group page: the connected group, or the connect command for managers. */
export async function getCourseTelegramGroup(access: CenterAccess, courseId: string, now = new Date()): Promise<CourseTelegramGroupDto> {
  requirePermission(access, "course.read");
  const { centerId, id, titleEn, titleMy } = await scopedCourse(access, courseId);
  const course = { id, titleEn, titleMy };
  const canManage = hasPermission(access, "course.update");
  const row = await db.telegramCourseGroup.findFirst({
    where: { courseId: course.id, centerId },
    select: { title: true, createdAt: true, inviteLink: true, inviteLinkCreatedAt: true, _count: { select: { members: { where: { status: "APPROVED" } } } } },
  });
  const group = row
    ? { title: row.title, connectedAt: row.createdAt.toISOString(), inviteLink: row.inviteLink, inviteLinkCreatedAt: row.inviteLinkCreatedAt?.toISOString() ?? null, approvedMembers: row._count.members }
    : null;
  const code = canManage && !group ? createConnectCode({ courseId: course.id, centerId }, now) : null;
  return { course, group, canManage, connect: code ? { command: `/connect ${code.code}`, expiresAt: code.expiresAt.toISOString() } : null, demo: isDemo() };
}

/** Unbinds the group from the course (its member rows go with it); the Telegram group itself is untouched. */
export async function disconnectCourseGroup(access: CenterAccess, courseId: string, client: ClientInfo): Promise<void> {
  requirePermission(access, "course.update");
  const course = await scopedCourse(access, courseId);
  await db.$transaction(async (tx) => {
    const group = await tx.telegramCourseGroup.findFirst({ where: { courseId: course.id, centerId: course.centerId }, select: { id: true } });
    if (!group) throw new AppError("not_found");
    await tx.telegramCourseGroup.delete({ where: { id: group.id } });
    await logActivity(tx, { action: "telegram_group.disconnected", actorUserId: access.userId, centerId: course.centerId, targetType: "course", targetId: course.id, client, metadata: { groupId: group.id } });
  });
}

/**
 * Makes a new join-request link for the course's group. The old link keeps working (the bot API
 * we use cannot revoke it), which is harmless: every request through any link is checked the same way.
 */
export async function renewCourseGroupLink(access: CenterAccess, courseId: string, client: ClientInfo, bot: TelegramBot = getTelegramBot()): Promise<void> {
  requirePermission(access, "course.update");
  const course = await scopedCourse(access, courseId);
  const group = await db.telegramCourseGroup.findFirst({ where: { courseId: course.id, centerId: course.centerId }, select: { id: true, chatId: true } });
  if (!group) throw new AppError("not_found");
  const { inviteLink } = await bot.createChatInviteLink(String(group.chatId), { name: inviteLinkName(course.slug) }).catch(toAppError);
  await db.$transaction(async (tx) => {
    await tx.telegramCourseGroup.update({ where: { id: group.id }, data: { inviteLink, inviteLinkCreatedAt: new Date() } });
    await logActivity(tx, { action: "telegram_group.link_renewed", actorUserId: access.userId, centerId: course.centerId, targetType: "course", targetId: course.id, client, metadata: { groupId: group.id } });
  });
}

/**
 * Demo mode only: plays a Telegram group posting this course's connect command, so the whole flow
 * works without Telegram. The chat id is a made-up supergroup id (negative, as Telegram's are).
 */
export async function simulateConnectCommand(access: CenterAccess, courseId: string): Promise<void> {
  if (!isDemo()) throw new AppError("not_found");
  requirePermission(access, "course.update");
  const course = await scopedCourse(access, courseId);
  const { code } = createConnectCode({ courseId: course.id, centerId: course.centerId });
  const chatId = -(1_000_000_000_000 + randomInt(0, 999_999_999_999));
  const outcome = await handleConnectCommand({ chat: { id: chatId, title: `Sandbox group ${-chatId % 10_000}`, type: "supergroup" }, from: { id: randomInt(1, 2 ** 31) }, text: `/connect ${code}` });
  if (outcome !== "connected" && outcome !== "already_connected") throw new AppError("conflict", { details: { reason: outcome } });
}

function toAppError(error: unknown): never {
  if (error instanceof RetryLater) throw new AppError("unavailable", { retryAfterSeconds: 30, cause: error });
  if (error instanceof TelegramApiError) throw new AppError("provider_error", { details: { reason: "telegram_rejected" }, cause: error });
  throw error;
}
