import "server-only";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { maskEmail, maskPhone } from "../mask";
import { assertPlatformAdmin } from "../operator";

export const userSearchQuery = z.object({ q: z.string().trim().min(1).max(254) });

export type AdminUserRow = {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  status: "ACTIVE" | "DEACTIVATED" | "DELETED";
  role: "USER" | "PLATFORM_ADMIN";
  createdAt: string;
};

const uuid = z.uuid();

/** What the operator typed as one exact lookup: an id, an email (any case) or a phone in any common spelling. */
export function userLookupWhere(q: string): { id: string } | { email: string } | { phone: string } | null {
  const text = q.trim();
  if (uuid.safeParse(text).success) return { id: text.toLowerCase() };
  if (text.includes("@")) return { email: text.toLowerCase() };
  const phone = parsePhoneNumberFromString(text, "MM");
  return phone?.isValid() ? { phone: phone.number } : null;
}

/**
 * Exact search only (no partial matches): the operator looks up the person who wrote in, not
 * browses the user base. Contacts come back masked.
 */
export async function findUsersForAdmin(actor: Actor | null, query: z.input<typeof userSearchQuery>): Promise<AdminUserRow[]> {
  assertPlatformAdmin(actor);
  const parsed = userSearchQuery.safeParse(query);
  const where = parsed.success ? userLookupWhere(parsed.data.q) : null;
  if (!where) return [];
  const rows = await db.user.findMany({
    where,
    take: 5,
    select: { id: true, name: true, phone: true, email: true, status: true, role: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, phone: maskPhone(row.phone), email: maskEmail(row.email), createdAt: row.createdAt.toISOString() }));
}
