import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

// The privacy page's retention table, rendered as Next would in both languages; only the language is played.
const state = vi.hoisted(() => ({ locale: "en" as "en" | "my" }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => state.locale,
  getTranslations: async (namespace: string) => createTranslator({ locale: state.locale, messages: messagesFor(state.locale), namespace: namespace as "retention" }),
}));

async function render(locale: "en" | "my") {
  state.locale = locale;
  const { RetentionPeriods } = await import("./retention-periods");
  return renderToStaticMarkup((await RetentionPeriods()) as ReactElement);
}
const row = (html: string, period: string) => new RegExp(`<tr[^>]*data-period="${period}"[^>]*>.*?</tr>`).exec(html)?.[0] ?? "";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("policy S7, C5, M4: the retention periods on the privacy page", () => {
  it("states each category's period in English, and that payment records are kept", async () => {
    const html = await render("en");
    expect(row(html, "USAGE_EVENTS")).toContain("395 days after the event");
    expect(row(html, "SESSIONS")).toContain("90 days after you sign out or the session expires");
    expect(row(html, "MESSENGER")).toContain("180 days");
    expect(row(html, "OTP_CHALLENGES")).toContain("1 day after the code expires");
    expect(row(html, "PAYMENTS")).toContain("Kept");
  });

  it("states them in Burmese with Burmese digits", async () => {
    const html = await render("my");
    expect(row(html, "USAGE_EVENTS")).toContain("၃၉၅ ရက်");
    expect(row(html, "NOTIFICATION_DELIVERIES")).toContain("၁၈၀ ရက်");
    expect(html).toContain("ဒေတာကို မည်မျှကြာ သိမ်းထားသနည်း");
  });

  it("shows the period the job applies when it is overridden (RETENTION_<NAME>_DAYS)", async () => {
    vi.stubEnv("RETENTION_USAGE_EVENTS_DAYS", "200");
    vi.resetModules();
    const html = await render("en");
    expect(row(html, "USAGE_EVENTS")).toContain("200 days after the event");
    expect(row(html, "USAGE_EVENTS")).toContain('data-days="200"');
  });
});
