import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/dev/outbox/route";
import { callRoute } from "@/lib/testing/call-route";
import { listDevMessages, recordDevMessage } from "./dev-outbox";

describe("development outbox", () => {
  it("records messages and lists them newest first, filtered by recipient", async () => {
    await recordDevMessage({ channel: "SMS", to: "+959420000001", body: "MMSO code 111111" });
    await recordDevMessage({ channel: "EMAIL", to: "su@example.com", subject: "Your code", body: "MMSO code 222222" });
    await recordDevMessage({ channel: "SMS", to: "+959420000001", body: "MMSO ကုဒ် 333333" });

    const mine = await listDevMessages({ to: "+959420000001" });
    expect(mine.map((m) => m.body)).toEqual(["MMSO ကုဒ် 333333", "MMSO code 111111"]);

    const res = await callRoute(GET, `/api/dev/outbox?to=${encodeURIComponent("su@example.com")}`);
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(1);
    expect(res.json.items[0]).toMatchObject({ channel: "EMAIL", to: "su@example.com", subject: "Your code", body: "MMSO code 222222" });
    expect(Object.keys(res.json.items[0]).sort()).toEqual(["body", "channel", "createdAt", "subject", "to"]);
  });
});
