import { describe, expect, it } from "vitest";
import { fromQuery, fromSandbox, sandboxKey, sandboxRecordsByReference } from "./provider-records";

const row = (status: "PENDING" | "PAID" | "REFUNDED" | "EXPIRED", createdAt: string, transactionId: string | null = null) => ({
  provider: "KBZPAY" as const,
  merchantReference: "MMSO_A",
  status,
  amount: 1_000,
  currency: "MMK" as const,
  transactionId,
  createdAt: new Date(createdAt),
});

describe("sandbox records", () => {
  it("takes the paid checkout of a reference over a newer unpaid one, else the newest", () => {
    const picked = sandboxRecordsByReference([row("PAID", "2026-11-01T10:00:00Z", "t1"), row("PENDING", "2026-11-01T11:00:00Z")]);
    expect(picked.get(sandboxKey("KBZPAY", "MMSO_A"))?.transactionId).toBe("t1");
    const newest = sandboxRecordsByReference([row("EXPIRED", "2026-11-01T10:00:00Z"), row("PENDING", "2026-11-01T11:00:00Z")]);
    expect(newest.get(sandboxKey("KBZPAY", "MMSO_A"))?.status).toBe("PENDING");
  });
  it("counts a refunded sandbox payment as paid", () => {
    expect(fromSandbox(row("REFUNDED", "2026-11-01T10:00:00Z", "t1"))).toEqual({ paid: true, status: "REFUNDED", amount: 1_000, currency: "MMK", transactionId: "t1" });
    expect(fromSandbox(row("EXPIRED", "2026-11-01T10:00:00Z")).paid).toBe(false);
  });
  it("reads a status answer as paid only when it succeeded", () => {
    const answer = { provider: "KBZPAY" as const, eventId: "e", eventType: "t", reference: "MMSO_A", outcome: "PENDING" as const, transactionId: null, amount: 1_000, currency: "MMK" as const, method: null, feeAmount: null, occurredAt: new Date(), record: {} };
    expect(fromQuery(answer).paid).toBe(false);
    expect(fromQuery({ ...answer, outcome: "SUCCEEDED" }).paid).toBe(true);
  });
});
