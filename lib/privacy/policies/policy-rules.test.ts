import { describe, expect, it } from "vitest";
import { hasEnoughNotice, kindFromSlug, noticeStartsAt, POLICY_KINDS, policyPagePath, policySlug, policyVersionPath } from "./kinds";
import { outcomeQuery, draftFromForm, knownError } from "./admin/action-outcome";
import { policyDraftInput, toMyanmarLocalInput } from "./admin/policy-draft-input";
import { AppError } from "@/lib/http/errors";

const DAY = 86_400_000;

describe("policy S11: kinds, addresses and the notice rule", () => {
  it("policy S11: every kind has a page and permanent version addresses; unknown slugs name nothing", () => {
    expect(POLICY_KINDS.map(policyPagePath)).toEqual(["/privacy", "/privacy/center-admin", "/privacy/chatbot", "/refund-policy"]);
    expect(policyVersionPath("CENTER_ADMIN", 3)).toBe("/privacy/history/center-admin/3");
    for (const kind of POLICY_KINDS) expect(kindFromSlug(policySlug(kind))).toBe(kind);
    expect(kindFromSlug("STUDENT")).toBeNull();
    expect(kindFromSlug("cookies")).toBeNull();
  });

  it("policy S11: a material change needs 14 full days between publishing and taking effect", () => {
    const effective = new Date("2027-01-15T00:00:00+06:30");
    expect(noticeStartsAt(effective)).toEqual(new Date("2027-01-01T00:00:00+06:30"));
    expect(hasEnoughNotice(effective, new Date(effective.getTime() - 14 * DAY))).toBe(true);
    expect(hasEnoughNotice(effective, new Date(effective.getTime() - 14 * DAY + 1))).toBe(false);
  });
});

describe("policy S11: the operator's draft form", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };

  it("policy S11: a datetime-local value is Myanmar time and round-trips; empty summaries are null", () => {
    const parsed = policyDraftInput.parse(
      draftFromForm(form({ kind: "REFUND", titleEn: " Refund ", titleMy: "ငွေပြန်အမ်း", bodyEn: "b", bodyMy: "ခ", changeSummaryEn: " ", effectiveAt: "2027-01-15T00:00" })),
    );
    expect(parsed.effectiveAt).toEqual(new Date("2027-01-14T17:30:00Z"));
    expect(toMyanmarLocalInput(parsed.effectiveAt)).toBe("2027-01-15T00:00");
    expect(parsed).toMatchObject({ titleEn: "Refund", changeSummaryEn: null, changeSummaryMy: null, material: false });
    expect(draftFromForm(form({ material: "on" })).material).toBe(true);
  });

  it("policy S11: refusals become a query string the page can translate; anything unexpected rethrows", () => {
    expect(outcomeQuery(new AppError("validation_failed", { details: [{ path: "effectiveAt", code: "notice_too_short" }] }))).toBe("error=notice_too_short");
    expect(outcomeQuery(new AppError("validation_failed", { details: [{ path: "changeSummary", code: "required" }] }))).toBe("error=change_summary_required");
    expect(outcomeQuery(new AppError("validation_failed", { details: [{ path: "titleEn" }, { path: "bodyMy" }, { path: "x.<y>" }] }))).toBe("error=validation_failed&fields=titleEn%2CbodyMy");
    expect(outcomeQuery(new AppError("conflict", { details: { reason: "draft_exists" } }))).toBe("error=draft_exists");
    expect(outcomeQuery(new AppError("not_found"))).toBe("error=not_found");
    expect(() => outcomeQuery(new Error("boom"))).toThrow("boom");
    expect(knownError("notice_too_short")).toBe("notice_too_short");
    expect(knownError("<script>")).toBeNull();
  });
});
