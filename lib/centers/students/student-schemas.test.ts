import { describe, expect, it } from "vitest";
import { grantableCourses } from "./grantable-courses";
import { enrollmentStatusOf, maskedContact } from "./student-identity";
import { listCenterStudentsQuery, revokeEnrollmentForm } from "./student-schemas";
import { parseStudentSearch } from "./student-search";

describe("the revoke form's schema", () => {
  it("cleans a Zawgyi revocation note into Unicode", () => {
    const input = { enrollmentId: "0190a4b2-7c1d-7e3f-8a9b-0c1d2e3f4a5b", reason: "OTHER", note: "ျမန္မာ" } as const;
    expect(revokeEnrollmentForm.parse(input).note).toBe("မြန်မာ");
  });
});

describe("listCenterStudentsQuery", () => {
  it("defaults to the first page by last activity and treats blanks as absent", () => {
    expect(listCenterStudentsQuery.parse({})).toEqual({ sort: "activity", page: 1, pageSize: 25 });
    expect(listCenterStudentsQuery.parse({ q: "  ", courseId: "", status: "", sort: "", page: "", pageSize: "" })).toEqual({ sort: "activity", page: 1, pageSize: 25 });
    expect(listCenterStudentsQuery.parse({ q: " Su Su ", status: "revoked", sort: "enrolled", page: "3", pageSize: "10" })).toEqual({ q: "Su Su", status: "revoked", sort: "enrolled", page: 3, pageSize: 10 });
  });
  it.each([
    [{ page: "0" }, "page"],
    [{ page: "two" }, "page"],
    [{ pageSize: "101" }, "pageSize"],
    [{ status: "paid" }, "status"],
    [{ sort: "name" }, "sort"],
    [{ courseId: "not-a-uuid" }, "courseId"],
    [{ q: "x".repeat(101) }, "q"],
  ])("refuses %j on %s", (query, path) => {
    const result = listCenterStudentsQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([path]);
  });
});

describe("parseStudentSearch", () => {
  it("reads a whole phone in any spelling as its E.164 form and an email exactly", () => {
    expect(parseStudentSearch("09 420 000 001")).toEqual({ kind: "phone", value: "+959420000001" });
    expect(parseStudentSearch("+959420000001")).toEqual({ kind: "phone", value: "+959420000001" });
    expect(parseStudentSearch(" Su.Su@Example.com ")).toEqual({ kind: "email", value: "su.su@example.com" });
  });
  it("searches anything else as part of a name, with LIKE's wildcards escaped", () => {
    expect(parseStudentSearch("Aung")).toEqual({ kind: "name", pattern: "%Aung%" });
    expect(parseStudentSearch("0942")).toEqual({ kind: "name", pattern: "%0942%" });
    expect(parseStudentSearch("50%_off\\")).toEqual({ kind: "name", pattern: "%50\\%\\_off\\\\%" });
  });
});

describe("student identity", () => {
  it("masks phone and email", () => {
    expect(maskedContact({ phone: "+959420000123", email: "susu@example.com" })).toEqual({ phone: "+959•••123", email: "su•••@example.com" });
    expect(maskedContact({ phone: null, email: null })).toEqual({ phone: null, email: null });
  });
  it("reads an ACTIVE enrollment past its expiry as expired", () => {
    const now = new Date("2026-11-25T00:00:00Z");
    expect(enrollmentStatusOf({ status: "ACTIVE", expiresAt: null }, now)).toBe("active");
    expect(enrollmentStatusOf({ status: "ACTIVE", expiresAt: new Date("2026-11-24T00:00:00Z") }, now)).toBe("expired");
    expect(enrollmentStatusOf({ status: "REVOKED", expiresAt: null }, now)).toBe("revoked");
  });
  it("offers only courses that are not archived and not held", () => {
    const courses = [
      { id: "a", title: "A", status: "PUBLISHED" as const },
      { id: "b", title: "B", status: "ARCHIVED" as const },
      { id: "c", title: "C", status: "DRAFT" as const },
    ];
    expect(grantableCourses(courses, ["a"])).toEqual([{ id: "c", title: "C" }]);
  });
});
