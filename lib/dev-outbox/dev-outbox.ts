import "server-only";
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import type { DevChannel } from "./channels";

export type DevMessageInput = { channel: DevChannel; to: string; subject?: string; body: string };

export type DevMessageView = { channel: DevChannel; to: string; subject: string | null; body: string; createdAt: string };

/** True where the development outbox exists: demo mode, development and tests; never production. */
export function devOutboxEnabled(): boolean {
  return !isProduction();
}

/**
 * Records a message that a sandbox sender "sent". Every sender calls this in demo mode so a tester
 * can read an OTP without a phone. Refuses in production mode, where the outbox does not exist.
 */
export async function recordDevMessage(input: DevMessageInput): Promise<void> {
  if (!devOutboxEnabled()) throw new Error("The development outbox does not exist in production mode");
  await db.devMessage.create({
    data: { channel: input.channel, to: input.to, subject: input.subject ?? null, body: input.body },
  });
}

/** Newest first, optionally for one recipient (phone, email or PSID). */
export async function listDevMessages(options: { to?: string; limit?: number } = {}): Promise<DevMessageView[]> {
  const rows = await db.devMessage.findMany({
    where: options.to ? { to: options.to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
    select: { channel: true, to: true, subject: true, body: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, channel: row.channel as DevChannel, createdAt: row.createdAt.toISOString() }));
}
