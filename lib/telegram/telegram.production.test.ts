import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { productionEnv } from "@/lib/testing/production-env";

// The environment is parsed once per process: set production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv(), { DATABASE_URL: "postgres://unused/mmso", SMS_PROVIDER: "", APP_URL: "https://mmso.example" });
});

const actor = { userId: "0195d3c4-0000-7000-8000-000000000001", platformRole: "USER" as const, sessionId: "session-1", sessionKind: "web" as const };
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => actor }));
vi.mock("@/lib/telegram/get-telegram-link", () => ({ getTelegramLink: async () => null }));
vi.mock("@/lib/telegram/bot-username", () => ({ getBotUsername: async () => "mmso_bot" }));
vi.mock("next/navigation", () => ({ redirect: () => { throw new Error("redirect"); } })); // prettier-ignore
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: messagesFor("en"), namespace: namespace as "telegram" }),
  getFormatter: async () => createFormatter({ locale: "en" }),
}));

describe("Telegram in production mode", () => {
  it("uses the live bot, never the sandbox", async () => {
    const { getTelegramBot, SandboxTelegramBot } = await import("./bot");
    expect(getTelegramBot()).not.toBeInstanceOf(SandboxTelegramBot);
    expect(getTelegramBot()).toBe(getTelegramBot());
  });

  it("shows the official widget for the bot with a callback bound to the session, and no sandbox", async () => {
    const { default: TelegramPage } = await import("@/app/(site)/account/telegram/page");
    const { linkState } = await import("./link-state");
    const html = renderToStaticMarkup((await TelegramPage({ searchParams: Promise.resolve({}) })) as ReactElement);
    const box = /<div[^>]*data-testid="telegram-login"[^>]*>/.exec(html)?.[0] ?? "";
    expect(box).toContain('data-telegram-login="mmso_bot"');
    expect(box).toContain(`data-auth-url="https://mmso.example/account/telegram/callback?state=${linkState("session-1")}"`);
    expect(html).not.toContain("telegram-sandbox");
  });

  it("refuses to sign sandbox widget data", async () => {
    const { signSandboxWidgetData } = await import("./sandbox-widget");
    expect(() => signSandboxWidgetData({ id: 1, firstName: "X" })).toThrow(/production/);
  });
});
