import { describe, expect, it } from "vitest";
import { childReportInput, readReportedAccount } from "./child-report-schema";

describe("the public child-report form", () => {
  it("reads a profile link, an email or a phone", () => {
    const id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    expect(readReportedAccount(`https://mmso.example/instructors/${id}?tab=courses`)).toEqual({ kind: "profile", instructorId: id });
    expect(readReportedAccount(`/instructors/${id.toUpperCase()}`)).toEqual({ kind: "profile", instructorId: id });
    expect(readReportedAccount(" Kid@Example.com ")).toEqual({ kind: "email", value: "kid@example.com" });
    expect(readReportedAccount("09 791 234 567")).toEqual({ kind: "phone", value: "09 791 234 567" });
  });

  it("needs an account and a reason; the contact is optional", () => {
    expect(childReportInput.safeParse({ account: "09791234567", reason: "My niece is 11 years old.", contact: "" }).data).toEqual({
      account: "09791234567",
      reason: "My niece is 11 years old.",
      contact: undefined,
    });
    const refused = childReportInput.safeParse({ account: "", reason: "short" });
    expect(refused.error?.issues.map((issue) => issue.message).sort()).toEqual(["account_required", "reason_too_short"]);
  });
});
