import { createHmac } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_SECRETS } from "../lib/config/secrets";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs, signUpFreshStudent } from "./support/login";

type OutboxItem = { channel: string; to: string; body: string };
const outboxFor = async (request: APIRequestContext, to: string) =>
  ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { items: OutboxItem[] }).items;

/** A Messenger delivery as Meta sends it: non-ASCII escaped as \uXXXX, signed over those exact bytes. */
function messengerDelivery(psid: string, text: string, mid: string) {
  const json = JSON.stringify({
    object: "page",
    entry: [{ id: "mmso-page", time: Date.now(), messaging: [{ sender: { id: psid }, recipient: { id: "mmso-page" }, timestamp: Date.now(), message: { mid, text } }] }],
  });
  const body = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const signature = `sha256=${createHmac("sha256", DEMO_SECRETS.MESSENGER_APP_SECRET).update(body).digest("hex")}`;
  return { body, signature };
}

// Sign-up, several server actions and the worker's round: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe("notifications and messaging", () => {
  test("a student chooses their channels and links then unlinks Telegram, without JavaScript too", async ({ page }) => {
    await page.goto("/login?next=/account/notifications/settings");
    await signUpFreshStudent(page);
    await expect(page).toHaveURL(/\/account\/notifications\/settings/);

    const push = page.getByRole("checkbox", { name: "Course announcements: Push" });
    await expect(push).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Security alerts: In the app" })).toBeDisabled();
    await push.uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Your notification settings are saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Course announcements: Push" })).not.toBeChecked();

    // Demo mode: the sandbox plays Telegram's Login Widget, signing with the configured bot token.
    await page.goto("/account/telegram");
    const sandbox = page.getByTestId("telegram-sandbox");
    await sandbox.locator("input[name=username]").fill("e2e_learner");
    await sandbox.getByRole("button", { name: "Sign in as this Telegram user" }).click();
    await expect(page.getByText(/Linked since/)).toBeVisible();
    await expect(page.getByText("e2e_learner")).toBeVisible();
    await page.getByRole("button", { name: "Unlink Telegram" }).click();
    await expect(page.getByTestId("telegram-sandbox")).toBeVisible();
    await expect(page.getByText("e2e_learner")).toHaveCount(0);
  });

  test("the Messenger bot answers a Burmese message through the worker of npm start; the operator sees hand-overs and the outbox", async ({ page, request }) => {
    const psid = `e2e${Date.now()}`;
    const hello = messengerDelivery(psid, "မင်္ဂလာပါ 👋", `m.${psid}.1`);
    const answer = await request.post("/api/webhooks/messenger", { data: hello.body, headers: { "content-type": "application/json", "x-hub-signature-256": hello.signature } });
    expect(answer.status()).toBe(200);
    // The reply is an outbox row: the in-process worker sends it (to the dev outbox in demo mode).
    await expect.poll(async () => (await outboxFor(request, psid)).filter((m) => m.channel === "MESSENGER").length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await outboxFor(request, psid))[0]!.body).toMatch(/[\u1000-\u109F]/);

    // A body re-serialised as UTF-8 no longer matches Meta's signature: refused, nothing stored.
    const tampered = await request.post("/api/webhooks/messenger", { data: JSON.stringify(JSON.parse(hello.body)), headers: { "content-type": "application/json", "x-hub-signature-256": hello.signature } });
    expect(tampered.status()).toBe(401);

    const human = messengerDelivery(psid, "human", `m.${psid}.2`);
    expect((await request.post("/api/webhooks/messenger", { data: human.body, headers: { "content-type": "application/json", "x-hub-signature-256": human.signature } })).status()).toBe(200);

    await loginAs(page, E2E_ACCOUNTS.messaging.operator);
    await page.goto("/admin/support");
    await expect(page.getByRole("heading", { name: "Messenger support" })).toBeVisible();
    await expect(page.getByText("Waiting for an operator").first()).toBeVisible();
    await page.goto("/admin/outbox");
    await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
    await expect(page.getByText("Being delivered")).toBeVisible();
  });
});
