import { describe, expect, it } from "vitest";
import { maskContact, maskEmail, maskPhone } from "./mask";

describe("masked contacts on admin pages", () => {
  it("keeps only the prefix and the last four digits of a phone", () => {
    expect(maskPhone("+959791234567")).toBe("+959•••••4567");
    expect(maskPhone("+95912")).toBe("••••••");
    expect(maskPhone(null)).toBeNull();
  });

  it("keeps only the first letters and the top-level domain of an email", () => {
    expect(maskEmail("aye.aye@example.com")).toBe("a•••@e•••.com");
    expect(maskEmail("x@localhost")).toBe("x•••@l•••");
    expect(maskEmail("broken")).toBe("•••");
    expect(maskEmail(undefined)).toBeNull();
  });

  it("prefers the phone, and says nothing for an account without contacts", () => {
    expect(maskContact({ phone: "+959791234567", email: "a@b.co" })).toBe("+959•••••4567");
    expect(maskContact({ phone: null, email: "a@b.co" })).toBe("a•••@b•••.co");
    expect(maskContact({ phone: null, email: null })).toBeNull();
  });
});
