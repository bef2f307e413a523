import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/messages";
import { createUser } from "@/lib/testing/factories";

// The settings page rendered on the server as Next would, in both languages, against the real
// database: the session and the language are the only things played by the test.
const state = vi.hoisted(() => ({ actor: null as Actor | null, locale: "en" as "en" | "my" }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => state.actor }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: state.locale, messages: messagesFor(state.locale), namespace: namespace as "notificationPrefs" }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("next/link", () => ({ default: ({ href, children, ...rest }: { href: string; children: unknown }) => createElement("a", { href, ...rest }, children as never) }));
vi.mock("@/app/(site)/account/notifications/settings/actions", () => ({ savePreferencesAction: vi.fn() }));

const { default: SettingsPage } = await import("@/app/(site)/account/notifications/settings/page");

async function render(actor: Actor | null, search: Record<string, string> = {}, locale: "en" | "my" = "en") {
  state.actor = actor;
  state.locale = locale;
  const tree = (await SettingsPage({ searchParams: Promise.resolve(search) })) as ReactElement;
  return renderToStaticMarkup(tree);
}
const actorFor = (userId: string): Actor => ({ userId, platformRole: "USER", sessionId: crypto.randomUUID(), sessionKind: "web" });
const checkbox = (html: string, value: string) => new RegExp(`<input[^>]*value="${value}"[^>]*>`).exec(html)?.[0] ?? "";

beforeEach(() => {
  state.actor = null;
});

describe("/account/notifications/settings", () => {
  it("sends a signed-out visitor to the login page", async () => {
    await expect(render(null)).rejects.toMatchObject({ url: "/login?next=/account/notifications/settings" });
  });

  it("shows every kind × channel, security alerts checked and disabled with the reason, idle channels explained", async () => {
    const user = await createUser();
    await db.notificationPreference.create({ data: { userId: user.id, kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: false } });
    const html = await render(actorFor(user.id));
    expect(html.match(/type="checkbox"/g)).toHaveLength(11 * 4);
    expect(html).not.toContain(":SMS");
    expect(html).toContain("Security alerts");
    expect(html).toContain("Course announcements");
    const locked = checkbox(html, "ACCOUNT_SECURITY:EMAIL");
    expect(locked).toContain("disabled");
    expect(locked).toContain("checked");
    expect(locked).toContain('aria-describedby="locked-explanation"');
    expect(html).toContain("Security alerts are always on");
    expect(html).not.toContain(shown("ACCOUNT_SECURITY:EMAIL"));
    expect(checkbox(html, "COURSE_ANNOUNCEMENT:PUSH")).not.toContain("checked");
    expect(html).toContain(`${shown("COURSE_ANNOUNCEMENT:PUSH")}0"`);
    expect(checkbox(html, "COURSE_ANNOUNCEMENT:IN_APP")).toContain("checked");
    expect(html).toContain("Link Telegram to use this channel.");
    expect(checkbox(html, "COURSE_ANNOUNCEMENT:TELEGRAM")).toContain('aria-describedby="why-TELEGRAM"');
    expect(html).not.toContain('role="status"');
  });

  it("says it saved, or why not, in Burmese too", async () => {
    const user = await createUser({ email: "prefs-page@example.com" });
    await db.telegramLink.create({ data: { userId: user.id, telegramId: BigInt(Math.floor(Math.random() * 1e12)), authDate: new Date() } });
    const saved = await render(actorFor(user.id), { saved: "1" }, "my");
    expect(saved).toContain("အသိပေးချက် ဆက်တင်များ");
    expect(saved).toContain("သင့်အသိပေးချက် ဆက်တင်များကို သိမ်းပြီးပါပြီ။");
    expect(saved).toContain("လုံခြုံရေး သတိပေးချက်များ");
    expect(saved).not.toContain("တယ်လီဂရမ်ကို ချိတ်ဆက်ပါ");
    expect(checkbox(saved, "COURSE_ANNOUNCEMENT:TELEGRAM")).toContain("checked");
    expect(await render(actorFor(user.id), { error: "validation_failed" })).toContain("Security alerts cannot be turned off.");
    expect(await render(actorFor(user.id), { error: "<script>" })).toContain("Something went wrong.");
  });
});

function shown(cell: string) {
  return `name="shown" value="${cell}=`;
}
