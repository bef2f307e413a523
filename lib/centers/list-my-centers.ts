import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type MyCenter = { slug: string; name: string; role: "OWNER" | "ADMIN" | "INSTRUCTOR" };

/** The centers where a person is active staff, for their account page and post-login landing. */
export async function listMyCenters(userId: string, locale: Locale): Promise<MyCenter[]> {
  const rows = await db.centerMembership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: { role: true, center: { select: { slug: true, nameEn: true, nameMy: true } } },
  });
  return rows.map((row) => ({ slug: row.center.slug, name: localized(row.center.nameEn, row.center.nameMy, locale), role: row.role }));
}
