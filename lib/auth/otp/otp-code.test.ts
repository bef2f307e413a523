import { describe, expect, it } from "vitest";
import { codeMatches, generateChallengeId, generateCode, hashCode } from "./otp-code";

describe("OTP codes", () => {
  it("are 6 digits, leading zeros kept, and spread over the whole range", () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    const firstDigits = new Set(codes.map((c) => c[0]));
    expect(firstDigits.size).toBe(10); // includes "0": padded, not dropped
  });

  it("are stored as an HMAC bound to their challenge, compared in constant time", () => {
    const id = generateChallengeId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const hash = hashCode(id, "012345");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("012345");
    expect(codeMatches(id, "012345", hash)).toBe(true);
    expect(codeMatches(id, "012346", hash)).toBe(false);
    expect(codeMatches(id, "12345", hash)).toBe(false);
    expect(codeMatches(id, "", hash)).toBe(false);
    expect(codeMatches(generateChallengeId(), "012345", hash)).toBe(false); // bound to its challenge
    expect(codeMatches(id, "012345", "not-hex")).toBe(false);
  });
});
