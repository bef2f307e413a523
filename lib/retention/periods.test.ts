import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en-retention.json";
import my from "@/lib/i18n/messages/my-retention.json";
import { RETENTION_DEFAULT_DAYS, RETENTION_PERIODS, resolveRetentionDays } from "./periods";
import { PROTECTED_TABLES, RETENTION_RULES } from "./rules";

const MYANMAR_SCRIPT = /[\u1000-\u109F]/;

describe("retention periods (policy S7, C5, M4)", () => {
  it("every period is applied by at least one rule, and every rule uses a known period", () => {
    const used = new Set(RETENTION_RULES.map((rule) => rule.period));
    expect([...used].sort()).toEqual([...RETENTION_PERIODS].sort());
    expect(new Set(RETENTION_RULES.map((rule) => rule.name)).size).toBe(RETENTION_RULES.length);
  });

  it("policy S7: no rule names a payment record table", () => {
    for (const rule of RETENTION_RULES) expect(PROTECTED_TABLES).not.toContain(rule.table);
  });

  it("the privacy page can describe every period in English and Burmese, with its length", () => {
    for (const period of RETENTION_PERIODS) {
      for (const catalogue of [en, my]) {
        const row = (catalogue.retention.rows as Record<string, { label: string; kept: string }>)[period];
        expect(row?.label, period).toBeTruthy();
        expect(row?.kept, period).toContain("{period}");
      }
      expect(my.retention.rows[period].label).toMatch(MYANMAR_SCRIPT);
    }
  });

  it("overrides replace only the periods they name", () => {
    expect(resolveRetentionDays({})).toEqual(RETENTION_DEFAULT_DAYS);
    expect(resolveRetentionDays({ RETENTION_SESSIONS_DAYS: 30 })).toEqual({ ...RETENTION_DEFAULT_DAYS, SESSIONS: 30 });
  });
});
