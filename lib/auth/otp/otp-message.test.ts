import { describe, expect, it } from "vitest";
import { otpMessage } from "./otp-message";

describe("OTP message", () => {
  it("speaks the person's language and fits one SMS segment", () => {
    const en = otpMessage({ channel: "SMS", to: "+959420000001", code: "042817", locale: "en" });
    expect(en).toEqual({ channel: "SMS", to: "+959420000001", body: "MMSO code: 042817. Valid 5 minutes. Never share it." });
    const my = otpMessage({ channel: "SMS", to: "+959420000001", code: "042817", locale: "my" });
    expect(my.body).toContain("042817");
    expect(my.body).toMatch(/[\u1000-\u109F]/);
    expect(my.subject).toBeUndefined();
    expect(en.body.length).toBeLessThanOrEqual(160); // GSM-7
    expect(my.body.length).toBeLessThanOrEqual(70); // UCS-2
  });

  it("gives emails a subject", () => {
    expect(otpMessage({ channel: "EMAIL", to: "a@b.co", code: "1", locale: "en" }).subject).toBe("Your MMSO sign-in code");
    expect(otpMessage({ channel: "EMAIL", to: "a@b.co", code: "1", locale: "my" }).subject).toMatch(/[\u1000-\u109F]/);
  });
});
