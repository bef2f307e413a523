import { beforeAll, describe, expect, it } from "vitest";
import { productionEnv } from "@/lib/testing/production-env";

// The environment is parsed once per process: set production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv(), {
    DATABASE_URL: "postgres://unused/mmso",
    EMAIL_SMTP_URL: "smtps://mmso:pw@smtp.example.com",
    EMAIL_FROM: "MMSO <no-reply@example.com>",
    SMS_PROVIDER: "",
  });
});

describe("getSender in production mode", () => {
  it("uses the configured providers, never the development outbox, and refuses an unconfigured channel", async () => {
    const { canSend, getSender } = await import("./get-sender");
    const { devOutboxSender } = await import("./dev-outbox-sender");
    expect(canSend("EMAIL")).toBe(true);
    expect(getSender("EMAIL")).not.toBe(devOutboxSender);
    expect(getSender("EMAIL")).toBe(getSender("EMAIL"));
    expect(canSend("SMS")).toBe(false);
    expect(() => getSender("SMS")).toThrow(expect.objectContaining({ name: "DeliveryError", reason: "not_configured" }));
  });
});
