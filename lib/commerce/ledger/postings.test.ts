import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commissionOn, orderPostings, refundPostings } from "./postings";

const sum = (lines: { amount: number }[]) => lines.reduce((n, l) => n + l.amount, 0);
const byType = (lines: { type: string; amount: number }[], type: string) => lines.filter((l) => l.type === type).reduce((n, l) => n + l.amount, 0);

describe("ledger postings", () => {
  it("splits a paid order into gross, discount, fee, commission and the center's net", () => {
    const lines = orderPostings({ id: "o1", unitAmount: 50_000, discountAmount: 5_000, totalAmount: 45_000 }, 1000, 900);
    expect(lines.map((l) => [l.type, l.amount])).toEqual([
      ["GROSS", 50_000],
      ["DISCOUNT", -5_000],
      ["PROVIDER_FEE", -900],
      ["PLATFORM_COMMISSION", -4_500],
      ["CENTER_NET", 39_600],
    ]);
    expect(new Set(lines.map((l) => l.postingKey)).size).toBe(lines.length);
    expect(commissionOn(15, 1000)).toBe(2); // 1.5 rounds half up
  });

  it("keeps CENTER_NET equal to the sum of the other lines, and partial refunds add up to a full one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        (unit, discountPercent, bps, parts) => {
          const discount = Math.floor((unit * discountPercent) / 100);
          const order = { id: "o", unitAmount: unit, discountAmount: discount, totalAmount: unit - discount };
          const lines = orderPostings(order, bps, null);
          expect(byType(lines, "CENTER_NET")).toBe(sum(lines.filter((l) => l.type !== "CENTER_NET")));
          // Split the total into parts and refund them one by one.
          const weights = parts.reduce((a, b) => a + b, 0);
          let refunded = 0;
          const refunds = parts.map((part, i) => {
            const amount = i === parts.length - 1 ? order.totalAmount - refunded : Math.floor((order.totalAmount * part) / weights);
            const r = refundPostings({ refundId: `r${i}`, order, amount, refundedBefore: refunded, commissionRateBps: bps });
            refunded += amount;
            return r;
          });
          const all = refunds.flat();
          // After a full refund the center holds nothing of the order (no provider fee here).
          expect(byType(lines, "CENTER_NET") + byType(all, "REFUND")).toBe(0);
          expect(byType(all, "PLATFORM_COMMISSION")).toBe(commissionOn(order.totalAmount, bps));
        },
      ),
      { numRuns: 500 },
    );
  });
});
