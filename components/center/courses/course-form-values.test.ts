import { describe, expect, it } from "vitest";
import { createCourseInput, updateCourseInput } from "@/lib/authoring/schemas";
import { courseFormDefaults, parseTypedAmount, toCreateCourseInput, toUpdateCourseInput, type CourseFormValues } from "./course-form-values";

const CATEGORY = "0196a1b2-0000-7000-8000-000000000001";
const COURSE = "0196a1b2-0000-7000-8000-000000000002";

const values = (overrides: Partial<CourseFormValues> = {}): CourseFormValues => ({
  ...courseFormDefaults(null, CATEGORY),
  titleEn: "Python Basics",
  priceAmount: "15,000",
  ...overrides,
});

describe("course form → schema input", () => {
  it("reads kyat and dollars (Latin or Burmese digits) as the platform's integer unit", () => {
    expect(parseTypedAmount("15,000", "MMK")).toBe(15000);
    expect(parseTypedAmount("၁၅၀၀၀", "MMK")).toBe(15000);
    expect(parseTypedAmount("12.50", "USD")).toBe(1250);
    expect(parseTypedAmount("12.5", "MMK")).toBeNaN();
    expect(parseTypedAmount("12.505", "USD")).toBeNaN();
    expect(parseTypedAmount("ten", "MMK")).toBeNaN();
    expect(parseTypedAmount("", "MMK")).toBeNaN();
  });

  it("leaves blank fields out of a new course and passes the shared schema", () => {
    const input = toCreateCourseInput(values({ titleMy: "  ", currency: "USD", priceAmount: "9.99" }));
    expect(input).toEqual({ categoryId: CATEGORY, titleEn: "Python Basics", level: "ALL_LEVELS", language: "MY", priceAmount: 999, currency: "USD" });
    expect(createCourseInput.parse(input)).toMatchObject({ priceAmount: 999, currency: "USD" });
  });

  it("makes the schema reject a bad price and a missing title on the form's own field names", () => {
    const result = createCourseInput.safeParse(toCreateCourseInput(values({ titleEn: "", priceAmount: "abc" })));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["priceAmount"]));
    const untitled = createCourseInput.safeParse(toCreateCourseInput(values({ titleEn: "" })));
    expect(untitled.error?.issues.map((issue) => issue.path.join("."))).toEqual(["titleEn"]);
  });

  it("clears blank fields on an update and sends the price only with permission", () => {
    const form = values({ summaryEn: "", coverImageUrl: "https://img.example/c.png" });
    const withPrice = toUpdateCourseInput(COURSE, form, { withPrice: true });
    expect(withPrice).toMatchObject({ courseId: COURSE, summaryEn: null, coverImageUrl: "https://img.example/c.png", priceAmount: 15000, currency: "MMK" });
    expect(updateCourseInput.parse(withPrice).summaryEn).toBeNull();
    const withoutPrice = toUpdateCourseInput(COURSE, form, { withPrice: false });
    expect(withoutPrice).not.toHaveProperty("priceAmount");
    expect(withoutPrice).not.toHaveProperty("currency");
  });

  it("shows a stored course's price in the everyday unit", () => {
    const stored = { categoryId: CATEGORY, titleEn: "T", titleMy: null, summaryEn: null, summaryMy: null, descriptionEn: null, descriptionMy: null, coverImageUrl: null, level: "BEGINNER" as const, language: "EN" as const, priceAmount: 1250, currency: "USD" as const };
    expect(courseFormDefaults(stored)).toMatchObject({ titleEn: "T", titleMy: "", priceAmount: "12.50", currency: "USD", level: "BEGINNER" });
    expect(toUpdateCourseInput(COURSE, courseFormDefaults(stored), { withPrice: true })).toMatchObject({ priceAmount: 1250, currency: "USD" });
  });
});
