import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { PolicyKindName } from "./kinds";

/** One published policy version in the reader's language (what the pages render). */
export type PolicyView = {
  id: string;
  kind: PolicyKindName;
  version: number;
  title: string;
  body: string;
  /** Language the body is written in: the requested one unless only the other exists. */
  bodyLocale: Locale;
  effectiveAt: Date;
  publishedAt: Date | null;
  material: boolean;
  /** What changed since the previous version; null for a first version or when none was written. */
  changeSummary: string | null;
};

/** The columns a PolicyView is made from (select exactly these). */
export const POLICY_VIEW_SELECT = {
  id: true,
  kind: true,
  version: true,
  titleEn: true,
  titleMy: true,
  bodyEn: true,
  bodyMy: true,
  changeSummaryEn: true,
  changeSummaryMy: true,
  effectiveAt: true,
  publishedAt: true,
  material: true,
} as const;

type Row = {
  id: string;
  kind: PolicyKindName;
  version: number;
  titleEn: string | null;
  titleMy: string | null;
  bodyEn: string | null;
  bodyMy: string | null;
  changeSummaryEn: string | null;
  changeSummaryMy: string | null;
  effectiveAt: Date;
  publishedAt: Date | null;
  material: boolean;
};

export function toPolicyView(row: Row, locale: Locale): PolicyView {
  const preferred = locale === "my" ? row.bodyMy : row.bodyEn;
  const summary = localized(row.changeSummaryEn, row.changeSummaryMy, locale);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: localized(row.titleEn, row.titleMy, locale),
    body: localized(row.bodyEn, row.bodyMy, locale),
    bodyLocale: preferred?.trim() ? locale : locale === "my" ? "en" : "my",
    effectiveAt: row.effectiveAt,
    publishedAt: row.publishedAt,
    material: row.material,
    changeSummary: summary.trim() ? summary : null,
  };
}
