import { describe, expect, it } from "vitest";
import { errorMessages } from "./client-error-messages";

describe("errorMessages", () => {
  it("gives the error boundary's strings in the page's language, Burmese by default", () => {
    expect(errorMessages("en").retry).toBe("Try again");
    expect(errorMessages("my").retry).toBe("ထပ်ကြိုးစားရန်");
    expect(errorMessages(undefined)).toEqual(errorMessages("my"));
    expect(errorMessages("fr")).toEqual(errorMessages("my"));
  });

  it("has the same non-empty keys in both languages", () => {
    const en = errorMessages("en");
    const my = errorMessages("my");
    expect(Object.keys(my).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(my)]) expect(value.trim()).not.toBe("");
  });
});
