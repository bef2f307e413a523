import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createUser, unique } from "@/lib/testing/factories";
import { getNotificationPreferences } from "./get-notification-preferences";
import { shownValue } from "./preference-form";

// The settings form's server action as Next runs it: the session's actor, the request's headers,
// and a redirect that ends the action (thrown, as Next's does). The database is the real one.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-prefs" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

const { savePreferencesAction } = await import("@/app/(site)/account/notifications/settings/actions");
const PATH = "/account/notifications/settings";

async function submit(actor: Actor | null, form: FormData): Promise<string> {
  session.actor = actor;
  try {
    await savePreferencesAction(form);
  } catch (error) {
    if (error instanceof Redirect) return error.url;
    throw error;
  }
  throw new Error("the action did not redirect");
}

/** The form exactly as the page renders it for `userId`, with `ticked` deciding each box (default: as shown). */
async function pageForm(actor: Actor, ticked: Record<string, boolean> = {}) {
  const { preferences } = await getNotificationPreferences({ actor });
  const form = new FormData();
  for (const p of preferences) {
    if (p.locked) continue; // disabled: a browser posts nothing for it
    const key = `${p.kind}:${p.channel}`;
    form.append("shown", shownValue(p.kind, p.channel, p.enabled));
    if (ticked[key] ?? p.enabled) form.append("on", key);
  }
  return form;
}

const actorFor = (userId: string): Actor => ({ userId, platformRole: "USER", sessionId: crypto.randomUUID(), sessionKind: "web" });
const rowsOf = (userId: string) =>
  db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true, enabled: true }, orderBy: [{ kind: "asc" }, { channel: "asc" }] });

beforeEach(() => {
  session.actor = null;
});

describe("notification settings form (server action)", () => {
  it("sends a signed-out visitor to the login page", async () => {
    expect(await submit(null, new FormData())).toBe(`/login?next=${PATH}`);
  });

  it("saves only the boxes the person changed, then shows the saved message", async () => {
    const user = await createUser();
    const actor = actorFor(user.id);
    expect(await submit(actor, await pageForm(actor))).toBe(`${PATH}?saved=1`);
    expect(await rowsOf(user.id)).toEqual([]);

    const form = await pageForm(actor, { "COURSE_ANNOUNCEMENT:PUSH": false, "QUIZ_RESULT:EMAIL": true });
    expect(await submit(actor, form)).toBe(`${PATH}?saved=1`);
    expect(await rowsOf(user.id)).toEqual([
      { kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: false },
      { kind: "QUIZ_RESULT", channel: "EMAIL", enabled: true },
    ]);
  });

  it("a page shown before Telegram was linked does not pin Telegram off when saved after", async () => {
    const user = await createUser();
    const actor = actorFor(user.id);
    const stale = await pageForm(actor, { "ORDER_RECEIPT:IN_APP": false });
    await db.telegramLink.create({ data: { userId: user.id, telegramId: BigInt(Math.floor(Math.random() * 1e12)), authDate: new Date() } });
    expect(await submit(actor, stale)).toBe(`${PATH}?saved=1`);
    expect(await rowsOf(user.id)).toEqual([{ kind: "ORDER_RECEIPT", channel: "IN_APP", enabled: false }]);
    const { preferences } = await getNotificationPreferences({ actor });
    expect(preferences.find((p) => p.kind === "COURSE_ANNOUNCEMENT" && p.channel === "TELEGRAM")?.enabled).toBe(true);
  });

  it("refuses a forged form that turns a security alert off, and saves nothing from it", async () => {
    const user = await createUser({ email: `${unique("prefs")}@example.com` });
    const actor = actorFor(user.id);
    const form = await pageForm(actor, { "QUIZ_RESULT:PUSH": true });
    form.append("shown", shownValue("ACCOUNT_SECURITY", "EMAIL", true)); // shown on, posted unticked
    expect(await submit(actor, form)).toBe(`${PATH}?error=validation_failed`);
    const garbage = await pageForm(actor, { "QUIZ_RESULT:PUSH": true });
    garbage.append("shown", "DROP TABLE=1");
    expect(await submit(actor, garbage)).toBe(`${PATH}?error=validation_failed`);
    const sms = await pageForm(actor);
    sms.append("shown", shownValue("ORDER_RECEIPT", "SMS", false));
    sms.append("on", "ORDER_RECEIPT:SMS");
    expect(await submit(actor, sms)).toBe(`${PATH}?error=validation_failed`);
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it("two people: a form only ever changes the signed-in person's switches", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const form = await pageForm(actorFor(bob.id), { "POLICY_UPDATE:PUSH": false });
    // Alice posts the form Bob's page would render: it is applied to Alice, the session decides.
    expect(await submit(actorFor(alice.id), form)).toBe(`${PATH}?saved=1`);
    expect(await rowsOf(alice.id)).toEqual([{ kind: "POLICY_UPDATE", channel: "PUSH", enabled: false }]);
    expect(await rowsOf(bob.id)).toEqual([]);
  });
});
