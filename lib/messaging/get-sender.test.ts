import { describe, expect, it } from "vitest";
import { devOutboxSender } from "./dev-outbox-sender";
import { canSend, getSender } from "./get-sender";

describe("getSender in demo mode", () => {
  it("sends every channel to the development outbox", () => {
    expect(getSender("SMS")).toBe(devOutboxSender);
    expect(getSender("EMAIL")).toBe(devOutboxSender);
    expect(canSend("SMS") && canSend("EMAIL")).toBe(true);
  });
});
