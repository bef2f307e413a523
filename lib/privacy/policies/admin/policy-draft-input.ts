import { z } from "zod";
import { POLICY_KINDS } from "../kinds";

// A datetime-local field ("2026-12-10T00:00") is Myanmar wall-clock time (the operator's and the
// readers' clock); a full ISO string with an offset is taken as written.
const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const effectiveAt = z.preprocess((value) => (typeof value === "string" && LOCAL_MINUTE.test(value) ? `${value}:00+06:30` : value), z.coerce.date());

const text = (max: number) => z.string().trim().min(1).max(max);
// An empty summary is "none written", stored as null.
const summary = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), z.string().trim().max(2000).nullable().default(null));

/** The operator's draft of a new policy version (both languages; the summary is required to publish a material change). */
export const policyDraftInput = z.object({
  kind: z.enum(POLICY_KINDS),
  titleEn: text(200),
  titleMy: text(200),
  bodyEn: text(100_000),
  bodyMy: text(100_000),
  changeSummaryEn: summary,
  changeSummaryMy: summary,
  effectiveAt,
  material: z.boolean(),
});

/** Editing a draft: everything but its kind. */
export const policyDraftUpdateInput = policyDraftInput.omit({ kind: true });

export type PolicyDraftInput = z.input<typeof policyDraftInput>;
export type PolicyDraftUpdateInput = z.input<typeof policyDraftUpdateInput>;

const MYANMAR_OFFSET_MS = 6.5 * 3_600_000;

/** A date as the value of a datetime-local field in Myanmar time (the inverse of the parsing above). */
export function toMyanmarLocalInput(date: Date): string {
  return new Date(date.getTime() + MYANMAR_OFFSET_MS).toISOString().slice(0, 16);
}
