import { generateKeyPairSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { productionEnv } from "@/lib/testing/production-env";

// A service account as Google issues it (throwaway key): initialising the app needs no network.
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs8", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
const serviceAccount = { type: "service_account", project_id: "mmso-push-test", client_email: "push@mmso-push-test.iam.gserviceaccount.com", private_key: privateKey };

// The environment is parsed once per process: set production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv(), { DATABASE_URL: "postgres://unused/mmso", FIREBASE_SERVICE_ACCOUNT: JSON.stringify(serviceAccount) });
});

describe("push in production mode", () => {
  it("uses firebase-admin, initialised once from FIREBASE_SERVICE_ACCOUNT", async () => {
    const { getApps } = await import("firebase-admin/app");
    const { getPushTransport } = await import("./get-push-transport");
    const { liveMessaging } = await import("./live-messaging");
    expect(getApps().map((app) => app.name)).not.toContain("mmso-push");
    expect(getPushTransport()).toBe(getPushTransport());
    expect(getApps().map((app) => app.name)).toEqual(["mmso-push"]);
    const messaging = liveMessaging();
    expect(liveMessaging()).toBe(messaging);
    expect(messaging.app.name).toBe("mmso-push");
    expect(messaging.app.options.credential).toBeDefined();
    // Loading firebase-admin takes seconds on a busy machine.
  }, 30_000);

  it("has no sandbox: it refuses to record into the development outbox", async () => {
    const { sandboxMessaging } = await import("./sandbox-messaging");
    await expect(sandboxMessaging.sendEach([{ token: "fcm-healthy-token", notification: { title: "t", body: "b" } }])).rejects.toThrow(/production/);
  });
});
