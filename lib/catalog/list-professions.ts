import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

/** Every profession in display order (profile preferences). */
export async function listProfessions(locale: Locale): Promise<{ id: string; name: string }[]> {
  const rows = await db.profession.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }], select: { id: true, nameEn: true, nameMy: true } });
  return rows.map((row) => ({ id: row.id, name: localized(row.nameEn, row.nameMy, locale) }));
}
