import { describe, expect, it } from "vitest";
import { confirmsDeactivation, deactivateAccountInput } from "./deactivate-account-schema";

describe("deactivation confirmation", () => {
  const names = ["Golden Lotus", "ရွှေကြာ", null];

  it("accepts the word in any case, or exactly one of the center's names", () => {
    for (const typed of ["DEACTIVATE", " deactivate ", "Golden Lotus", "ရွှေကြာ"]) expect(confirmsDeactivation(typed, names)).toBe(true);
  });

  it("refuses anything else, including an empty name that would match an empty input", () => {
    for (const typed of ["", "  ", "Golden", "golden lotus", "DEACTIVATED"]) expect(confirmsDeactivation(typed, names)).toBe(false);
    expect(confirmsDeactivation("", ["", null])).toBe(false);
  });

  it("reports a mismatch on the confirmation field with a message key", () => {
    const result = deactivateAccountInput(names).safeParse({ confirmation: "yes" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["confirmation"], message: "confirmation_mismatch" })]);
  });
});
