import { AppError } from "@/lib/http/errors";

/** Codes the operator's pages translate (policies.admin.errors.*); anything else is shown generically. */
export const POLICY_ADMIN_ERRORS = [
  "validation_failed",
  "effective_in_past",
  "before_previous_version",
  "notice_too_short",
  "change_summary_required",
  "draft_exists",
  "conflict",
  "not_found",
] as const;
export type PolicyAdminError = (typeof POLICY_ADMIN_ERRORS)[number];

type Detail = { path?: unknown; code?: unknown; reason?: unknown };

/**
 * Turns a domain refusal into the query string a plain-form redirect carries back to the page:
 * `error=<code>` and, for missing or invalid fields, `fields=<names>`. Unexpected errors rethrow.
 */
export function outcomeQuery(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  const details = error.details;
  if (error.code === "validation_failed" && Array.isArray(details)) {
    const list = details as Detail[];
    const rule = list.find((d) => d.path === "effectiveAt" && typeof d.code === "string" && (POLICY_ADMIN_ERRORS as readonly string[]).includes(d.code));
    if (rule) return `error=${String(rule.code)}`;
    if (list.some((d) => d.path === "changeSummary")) return "error=change_summary_required";
    const fields = [...new Set(list.map((d) => String(d.path ?? "")).filter((path) => /^[A-Za-z]+$/.test(path)))];
    return `error=validation_failed&fields=${encodeURIComponent(fields.join(","))}`;
  }
  if (error.code === "conflict" && (details as Detail | undefined)?.reason === "draft_exists") return "error=draft_exists";
  if (error.code === "conflict" || error.code === "not_found") return `error=${error.code}`;
  return "error=validation_failed&fields=";
}

/** Reads a known error code back from a page's search params (anything else shows nothing). */
export function knownError(value: string | undefined): PolicyAdminError | null {
  return value && (POLICY_ADMIN_ERRORS as readonly string[]).includes(value) ? (value as PolicyAdminError) : null;
}

/** The plain form's fields as the draft schemas expect them (an unticked checkbox is absent). */
export function draftFromForm(formData: FormData): Record<string, unknown> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    kind: field("kind"),
    titleEn: field("titleEn"),
    titleMy: field("titleMy"),
    bodyEn: field("bodyEn"),
    bodyMy: field("bodyMy"),
    changeSummaryEn: field("changeSummaryEn"),
    changeSummaryMy: field("changeSummaryMy"),
    effectiveAt: field("effectiveAt"),
    material: formData.get("material") === "on",
  };
}
