import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { decodeCursor, toPage, type PageQuery } from "@/lib/http/pagination";
import type { NotificationDto, NotificationPage } from "./notification-dto";

const select = { id: true, kind: true, title: true, body: true, data: true, readAt: true, createdAt: true } as const;

/** The caller's in-app notifications, newest first (keyset by time and id), with the unread count. */
export async function listMyNotifications(input: PageQuery & { actor: Actor }): Promise<NotificationPage> {
  const { actor, limit } = input;
  const after = decodeCursor(input.cursor);
  const at = after && typeof after.key === "string" ? new Date(after.key) : null;
  const where = {
    userId: actor.userId,
    ...(after && at && !Number.isNaN(at.getTime()) ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] } : {}),
  };
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1, select }),
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
  ]);
  const page = toPage(rows, limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), toDto);
  return { ...page, unreadCount };
}

function toDto(row: { id: string; kind: NotificationDto["kind"]; title: string; body: string; data: unknown; readAt: Date | null; createdAt: Date }): NotificationDto {
  const data = row.data && typeof row.data === "object" && !Array.isArray(row.data) ? (row.data as Record<string, unknown>) : null;
  return { id: row.id, kind: row.kind, title: row.title, body: row.body, data, readAt: row.readAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}
