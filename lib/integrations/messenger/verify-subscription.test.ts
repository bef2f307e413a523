import { describe, expect, it } from "vitest";
import { verifySubscription } from "./verify-subscription";

const query = (entries: Record<string, string>) => new URLSearchParams(entries);

describe("Messenger subscription verification", () => {
  it("echoes the challenge for subscribe with the right token", () => {
    expect(verifySubscription(query({ "hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "123" }), "tok")).toBe("123");
  });
  it("refuses a wrong token or mode", () => {
    expect(verifySubscription(query({ "hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1" }), "tok")).toBeNull();
    expect(verifySubscription(query({ "hub.mode": "unsubscribe", "hub.verify_token": "tok", "hub.challenge": "1" }), "tok")).toBeNull();
    expect(verifySubscription(query({}), "tok")).toBeNull();
  });
});
