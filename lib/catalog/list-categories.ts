import "server-only";
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export const categoryDto = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), courseCount: z.number().int() })
  .meta({ id: "Category" });

/** Every category in display order, with how many published courses it holds. */
export async function listCategories(locale: Locale, reader: Db = db): Promise<z.input<typeof categoryDto>[]> {
  const rows = await reader.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameMy: true,
      _count: { select: { courses: { where: { status: "PUBLISHED", center: { status: "ACTIVE" } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: localized(row.nameEn, row.nameMy, locale),
    courseCount: row._count.courses,
  }));
}
