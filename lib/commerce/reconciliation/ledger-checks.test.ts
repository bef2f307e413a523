import { describe, expect, it } from "vitest";
import { orderPostings } from "../ledger/postings";
import { ledgerProblems, type OrderLine } from "./ledger-checks";

const sold = { id: "o1", unitAmount: 50_000, discountAmount: 5_000, totalAmount: 45_000 };
const posted = (fee: number | null = 300): OrderLine[] => orderPostings(sold, 1000, fee).map(({ type, amount }) => ({ type, amount }));

describe("ledgerProblems", () => {
  it("accepts what fulfilOrder posts, with and without a provider fee and a discount", () => {
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, posted())).toEqual([]);
    expect(ledgerProblems({ status: "REFUNDED", totalAmount: 45_000 }, posted(null))).toEqual([]);
    const plain = orderPostings({ ...sold, discountAmount: 0, totalAmount: 50_000 }, 1000, null);
    expect(ledgerProblems({ status: "PAID", totalAmount: 50_000 }, plain)).toEqual([]);
  });
  it("finds a paid order without exactly one CENTER_NET line", () => {
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, posted().filter((l) => l.type !== "CENTER_NET"))).toEqual(["center_net_count"]);
    const twice = [...posted(), { type: "CENTER_NET" as const, amount: 1 }];
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, twice)).toEqual(["center_net_count"]);
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, [])).toEqual(["center_net_count", "gross_discount_total"]);
  });
  it("finds GROSS + DISCOUNT that is not the total, and a CENTER_NET that is not the sum", () => {
    const lines = posted().map((l) => (l.type === "GROSS" ? { ...l, amount: l.amount + 1_000 } : l));
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, lines)).toEqual(["gross_discount_total", "net_not_sum"]);
    const net = posted().map((l) => (l.type === "CENTER_NET" ? { ...l, amount: l.amount - 1 } : l));
    expect(ledgerProblems({ status: "PAID", totalAmount: 45_000 }, net)).toEqual(["net_not_sum"]);
  });
  it("finds ledger lines on an order that was never paid", () => {
    expect(ledgerProblems({ status: "PENDING", totalAmount: 45_000 }, posted())).toEqual(["lines_without_payment"]);
    expect(ledgerProblems({ status: "EXPIRED", totalAmount: 45_000 }, [])).toEqual([]);
  });
});
