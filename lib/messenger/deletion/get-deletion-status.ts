import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

export type DeletionStatusView = { code: string; status: "RECEIVED" | "IN_PROGRESS" | "COMPLETED" | "REJECTED"; requestedAt: string; completedAt: string | null };

const codeSchema = z.string().trim().regex(/^[A-Z0-9]{6,32}$/);

/** A chatbot deletion request's status by its confirmation code, for the public status page; no personal data. */
export async function getChatbotDeletionStatus(code: string): Promise<DeletionStatusView | null> {
  const parsed = codeSchema.safeParse(code.toUpperCase());
  if (!parsed.success) return null;
  const row = await db.privacyRequest.findFirst({
    where: { confirmationCode: parsed.data, kind: "CHATBOT_DELETION" },
    select: { confirmationCode: true, status: true, createdAt: true, completedAt: true },
  });
  if (!row?.confirmationCode) return null;
  return { code: row.confirmationCode, status: row.status, requestedAt: row.createdAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null };
}
