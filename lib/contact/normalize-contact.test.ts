import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { contactFields, contactInput, exactlyOneContact, normalizeContact } from "./normalize-contact";
import { z } from "zod";

function detailsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("validation_failed");
    return (error as AppError).details as { path: string; code: string }[];
  }
  throw new Error("expected a validation error");
}

describe("normalizeContact", () => {
  it.each([
    "09420000001",
    "+959420000001",
    "959420000001",
    "09 420 000 001",
    "09-420-000-001",
    " +95 9 420 000 001 ",
    "(09) 420-000-001",
  ])("normalizes the Myanmar mobile spelling %j to E.164", (phone) => {
    expect(normalizeContact({ phone })).toEqual({ kind: "phone", value: "+959420000001" });
  });

  it.each([
    ["09791234567", "+959791234567"],
    ["09 9712 34567", "+959971234567"],
    ["0943012345", "+95943012345"],
    ["09-6512-34567", "+959651234567"],
  ])("accepts other operators' ranges: %s", (phone, e164) => {
    expect(normalizeContact({ phone })).toEqual({ kind: "phone", value: e164 });
  });

  it.each([
    "0912345678", // too short for its range
    "01234567", // Yangon fixed line: cannot receive SMS
    "+66812345678", // valid Thai mobile: SMS codes go to Myanmar numbers only
    "hello",
    "0099420000001",
  ])("refuses %j with body.phone", (phone) => {
    expect(detailsOf(() => normalizeContact({ phone }))).toEqual([
      expect.objectContaining({ path: "body.phone", code: "invalid_phone" }),
    ]);
  });

  it("trims and lower-cases an email, and refuses an invalid one with body.email", () => {
    expect(normalizeContact({ email: "  Su.Su@Example.COM " })).toEqual({ kind: "email", value: "su.su@example.com" });
    expect(detailsOf(() => normalizeContact({ email: "not-an-email" }))[0]).toMatchObject({ path: "body.email", code: "invalid_email" });
    expect(detailsOf(() => normalizeContact({ email: `${"a".repeat(250)}@x.com` }))[0]?.path).toBe("body.email");
  });

  it("wants exactly one of phone and email (blank counts as absent)", () => {
    expect(detailsOf(() => normalizeContact({}))[0]?.path).toBe("body");
    expect(detailsOf(() => normalizeContact({ phone: "09420000001", email: "a@b.co" }))[0]?.path).toBe("body");
    expect(normalizeContact({ phone: "  ", email: "a@b.co" })).toEqual({ kind: "email", value: "a@b.co" });
  });
});

describe("contactInput", () => {
  it("accepts one of phone or email and refuses both or neither", () => {
    expect(contactInput.safeParse({ phone: "09420000001" }).success).toBe(true);
    expect(contactInput.safeParse({ email: "a@b.co" }).success).toBe(true);
    expect(contactInput.safeParse({}).success).toBe(false);
    expect(contactInput.safeParse({ phone: "09420000001", email: "a@b.co" }).success).toBe(false);
    expect(contactInput.safeParse({ phone: "1".repeat(33) }).success).toBe(false);
  });

  it("is a base for a longer body", () => {
    const verify = z.object({ ...contactFields, code: z.string() }).refine(...exactlyOneContact);
    expect(verify.safeParse({ email: "a@b.co", code: "123456" }).success).toBe(true);
    expect(verify.safeParse({ code: "123456" }).success).toBe(false);
  });
});
