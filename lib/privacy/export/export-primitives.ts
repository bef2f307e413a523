import { z } from "zod";

/** Small shapes the export document is built from; pure, shared by the DTO and the collectors. */

export const when = z.iso.datetime().meta({ description: "ISO-8601 UTC" });
export const whenOrNull = when.nullable();

/** Catalogue text is bilingual; the export carries both languages, whatever the reader's locale. */
export const bilingual = z.object({ en: z.string().nullable(), my: z.string().nullable() }).meta({ id: "ExportBilingualText" });

export const money = z.object({ amount: z.number().int(), currency: z.enum(["MMK", "USD"]) }).meta({ id: "ExportMoney" });

/** A public catalogue object the user's rows point at (course, center, lesson, quiz…). */
export const catalogRef = z.object({ id: z.uuid(), title: bilingual }).meta({ id: "ExportCatalogRef" });

export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);
export const text = (en: string | null, my: string | null) => ({ en, my });
export const ref = (row: { id: string; titleEn: string | null; titleMy: string | null }) => ({ id: row.id, title: text(row.titleEn, row.titleMy) });
