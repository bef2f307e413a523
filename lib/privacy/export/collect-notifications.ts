import "server-only";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull } from "./export-primitives";

/** The in-app inbox, as rendered for the user. */
export async function collectNotifications(ctx: ExportContext): Promise<ExportDocument["notifications"]> {
  const rows = await ctx.tx.notification.findMany({
    where: { userId: ctx.userId },
    select: { id: true, kind: true, title: true, body: true, data: true, readAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "notifications", rows).map((n) => ({ ...n, data: n.data ?? null, readAt: isoOrNull(n.readAt), createdAt: iso(n.createdAt) }));
}

/** The choices the user made per kind and channel (S2). */
export async function collectNotificationPreferences(ctx: ExportContext): Promise<ExportDocument["notificationPreferences"]> {
  const rows = await ctx.tx.notificationPreference.findMany({
    where: { userId: ctx.userId },
    select: { kind: true, channel: true, enabled: true, updatedAt: true },
    orderBy: [{ kind: "asc" }, { channel: "asc" }],
  });
  return rows.map((p) => ({ ...p, updatedAt: iso(p.updatedAt) }));
}

/** The delivery log (what was sent where, and how it went), until retention prunes it (S7). */
export async function collectNotificationDeliveries(ctx: ExportContext): Promise<ExportDocument["notificationDeliveries"]> {
  const rows = await ctx.tx.notificationDelivery.findMany({
    where: { userId: ctx.userId },
    select: { notificationId: true, kind: true, channel: true, status: true, errorCode: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "notificationDeliveries", rows).map((d) => ({ ...d, createdAt: iso(d.createdAt) }));
}
