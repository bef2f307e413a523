import { describe, expect, it } from "vitest";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { centerProfileInput, toE164 } from "./center-profile-schema";

const blank = { nameEn: "", nameMy: "စင်တာ", descriptionEn: "", descriptionMy: "", addressEn: "", addressMy: "", contactPhone: "", contactEmail: "", websiteUrl: "" };

describe("center profile schema (shared by the form and the server)", () => {
  it("normalises phones the local or international way to E.164, landlines included", () => {
    expect(toE164("09 420 123 456")).toBe("+959420123456");
    expect(toE164("+95 9 420 123456")).toBe("+959420123456");
    expect(toE164("01 234 567")).toBe("+951234567");
    expect(toE164("12345")).toBeNull();
  });

  it("converts Zawgyi to Unicode, lower-cases the email and keeps empty fields empty", () => {
    const parsed = centerProfileInput.parse({ ...blank, addressMy: unicodeToZawgyi("ရန်ကုန်မြို့"), contactEmail: " Info@Center.MM " });
    expect(parsed).toMatchObject({ addressMy: "ရန်ကုန်မြို့", contactEmail: "info@center.mm", contactPhone: "", websiteUrl: "" });
  });

  it("refuses non-web links and a center without any name, with message keys", () => {
    const result = centerProfileInput.safeParse({ ...blank, nameMy: " ", websiteUrl: "data:text/html,hi" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["websiteUrl", "invalid_url"],
      ["nameEn", "name_required"],
    ]);
    expect(centerProfileInput.safeParse({ ...blank, websiteUrl: "http://localhost" }).success).toBe(false);
  });
});
