import "server-only";
import { z } from "zod";
import { PermanentFailure, type OutboxJob } from "@/lib/outbox/types";

export const orderPayload = z.object({ orderId: z.uuid(), courseId: z.uuid() });
export const inviteePayload = z.object({ userId: z.uuid(), courseId: z.uuid() });
export const memberPayload = z.object({ memberId: z.uuid() });
const telegramIdText = z.union([z.string().regex(/^-?\d{1,20}$/), z.number().int()]).transform(String);
export const removeMemberPayload = z.object({ chatId: telegramIdText, telegramId: telegramIdText, groupId: z.uuid() });
export const answerPayload = z.object({ chatId: telegramIdText, telegramId: telegramIdText, groupId: z.uuid(), approve: z.boolean() });

/** The job's payload, or a dead letter: no retry can fix a malformed row. */
export function parsePayload<T extends z.ZodType>(schema: T, job: OutboxJob): z.infer<T> {
  const parsed = schema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentFailure("bad_payload");
  return parsed.data;
}
