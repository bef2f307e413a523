import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/messages";
import { createUser } from "@/lib/testing/factories";
import { linkState } from "@/lib/telegram/link-state";
import { signedWidgetData } from "@/lib/testing/telegram-factories";
import { fakeTelegramId } from "@/lib/testing/telegram-group-factories";

// The /account/telegram flow as the browser goes through it (sandbox form → callback → page),
// against the real database; the web session, language and redirects are played by the test.
const state = vi.hoisted(() => ({ actor: null as Actor | null, locale: "en" as "en" | "my" }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => state.actor }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: state.locale, messages: messagesFor(state.locale), namespace: namespace as "telegram" }),
  getFormatter: async () => createFormatter({ locale: state.locale }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { GET: callback } = await import("@/app/(site)/account/telegram/callback/route");
const { sandboxLinkAction, unlinkAction } = await import("@/app/(site)/account/telegram/actions");
const { default: TelegramPage } = await import("@/app/(site)/account/telegram/page");

const actorFor = (userId: string): Actor => ({ userId, platformRole: "USER", sessionId: crypto.randomUUID(), sessionKind: "web" });
const redirectOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof Redirect ? error.url : Promise.reject(error)));
const location = (response: Response) => {
  const url = new URL(response.headers.get("location") ?? "");
  return `${url.pathname}${url.search}`;
};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
async function render(search: Record<string, string> = {}) {
  return renderToStaticMarkup((await TelegramPage({ searchParams: Promise.resolve(search) })) as ReactElement);
}

beforeEach(() => {
  state.actor = null;
  state.locale = "en";
});

describe("/account/telegram", () => {
  it("links through the sandbox form and the widget callback, shows the link, and unlinks", async () => {
    const user = await createUser();
    state.actor = actorFor(user.id);
    const html = await render();
    expect(html).toContain('data-testid="telegram-sandbox"');
    expect(html).not.toContain("telegram-widget.js");

    const telegramId = fakeTelegramId();
    // The sandbox form links through the same verification as the widget's callback.
    expect(await redirectOf(sandboxLinkAction(form({ id: String(telegramId), firstName: "Hla", username: "hla_demo" })))).toBe("/account/telegram?linked=1");
    expect(await db.telegramLink.findUnique({ where: { userId: user.id }, select: { telegramId: true, username: true } })).toEqual({ telegramId: BigInt(telegramId), username: "hla_demo" });
    await db.telegramLink.deleteMany({ where: { userId: user.id } });

    // The widget's redirect to the callback, with this session's state (and Next's `_rsc`, which a
    // client-side navigation appends, ignored).
    const query = new URLSearchParams({ state: linkState(state.actor.sessionId), ...signedWidgetData({ id: telegramId, first_name: "Hla", username: "hla_demo" }), _rsc: "1x2y3" });
    const response = await callback(new Request(`http://localhost:3000/account/telegram/callback?${query}`));
    expect(response.status).toBe(303);
    expect(location(response)).toBe("/account/telegram?linked=1");
    expect(await db.telegramLink.findUnique({ where: { userId: user.id }, select: { telegramId: true, username: true } })).toEqual({ telegramId: BigInt(telegramId), username: "hla_demo" });

    state.locale = "my";
    const linked = await render({ linked: "1" });
    expect(linked).toContain("@hla_demo");
    expect(linked).toContain(messagesFor("my").telegram.linked);

    expect(await redirectOf(unlinkAction())).toBe("/account/telegram?unlinked=1");
    expect(await db.telegramLink.count({ where: { userId: user.id } })).toBe(0);
    expect(await render({ unlinked: "1" })).toContain(messagesFor("my").telegram.unlinked);
  });

  it("refuses callback data without this session's state (a forged link to the attacker's Telegram)", async () => {
    const [victim, attacker] = await Promise.all([createUser(), createUser()]);
    state.actor = actorFor(attacker.id);
    // The attacker's own, correctly signed callback URL (their session's state), opened in the victim's session:
    const forged = new URLSearchParams({ state: linkState(state.actor.sessionId), ...signedWidgetData({ id: fakeTelegramId(), first_name: "Mallory" }) });
    state.actor = actorFor(victim.id);
    const replayed = await callback(new Request(`http://localhost:3000/account/telegram/callback?${forged}`));
    expect(location(replayed)).toBe("/account/telegram?error=state");
    const bare = new URLSearchParams(signedWidgetData({ id: fakeTelegramId() }));
    expect(location(await callback(new Request(`http://localhost:3000/account/telegram/callback?${bare}`)))).toBe("/account/telegram?error=state");
    expect(await db.telegramLink.count({ where: { userId: { in: [victim.id, attacker.id] } } })).toBe(0);
    expect(await render({ error: "state" })).toContain(messagesFor("en").telegram.errors.state);
  });

  it("reports bad sandbox input and sends signed-out visitors to the login page", async () => {
    const user = await createUser();
    state.actor = actorFor(user.id);
    expect(await redirectOf(sandboxLinkAction(form({ id: "abc", firstName: "X" })))).toBe("/account/telegram?error=telegram_malformed");
    expect(await render({ error: "<script>" })).toContain(messagesFor("en").telegram.errors.unavailable);
    state.actor = null;
    await expect(render()).rejects.toMatchObject({ url: "/login?next=/account/telegram" });
    const response = await callback(new Request("http://localhost:3000/account/telegram/callback?id=1"));
    expect(location(response)).toBe("/login?next=%2Faccount%2Ftelegram");
  });
});
