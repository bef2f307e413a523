import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { maskContact } from "../mask";
import { assertPlatformAdmin } from "../operator";

export const PRIVACY_KINDS = ["EXPORT", "DELETION", "CHATBOT_DELETION", "CHILD_REPORT"] as const;
export const PRIVACY_STATUSES = ["RECEIVED", "IN_PROGRESS", "COMPLETED", "REJECTED"] as const;
export const privacyRequestQuery = z.object({ kind: z.enum(PRIVACY_KINDS).optional(), status: z.enum(PRIVACY_STATUSES).optional() });

export type PrivacyRequestRow = {
  id: string;
  kind: (typeof PRIVACY_KINDS)[number];
  status: (typeof PRIVACY_STATUSES)[number];
  confirmationCode: string | null;
  /** Who it is about: a masked contact, "chatbot" for a Messenger person, or "deleted" once anonymized. */
  subject: { kind: "user"; userId: string; contact: string | null; deleted: boolean } | { kind: "chatbot" } | { kind: "none" };
  note: string | null;
  handled: boolean;
  createdAt: string;
  completedAt: string | null;
};

/**
 * The privacy request queue: exports, deletions, chatbot deletions and child reports, the ones
 * still to do first (PostgreSQL sorts the status enum RECEIVED, IN_PROGRESS, COMPLETED, REJECTED),
 * newest first within each. A PSID is never shown (the deletion clears it anyway).
 */
export async function listPrivacyRequests(actor: Actor | null, query: z.input<typeof privacyRequestQuery> = {}): Promise<PrivacyRequestRow[]> {
  assertPlatformAdmin(actor);
  const { kind, status } = privacyRequestQuery.parse(query);
  const rows = await db.privacyRequest.findMany({
    where: { ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      status: true,
      confirmationCode: true,
      note: true,
      handledById: true,
      createdAt: true,
      completedAt: true,
      subjectPsid: true,
      subjectUser: { select: { id: true, phone: true, email: true, status: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    confirmationCode: row.confirmationCode,
    subject: row.subjectUser
      ? { kind: "user", userId: row.subjectUser.id, contact: maskContact(row.subjectUser), deleted: row.subjectUser.status === "DELETED" }
      : row.kind === "CHATBOT_DELETION" || row.subjectPsid
        ? { kind: "chatbot" }
        : { kind: "none" },
    note: row.note,
    handled: row.handledById !== null,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  }));
}
