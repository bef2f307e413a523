import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "./locales";

describe("negotiateLocale", () => {
  it("honours q-values and region subtags", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale("my-MM,my;q=0.9,en;q=0.8")).toBe("my");
    expect(negotiateLocale("fr;q=1, en;q=0.4, my;q=0.7")).toBe("my");
  });
  it("falls back to Burmese for unsupported or missing headers", () => {
    expect(negotiateLocale("fr-FR,de")).toBe("my");
    expect(negotiateLocale(null)).toBe("my");
    expect(negotiateLocale("en;q=0")).toBe("my");
  });
});

describe("resolveLocale", () => {
  it("prefers the remembered choice over the header", () => {
    expect(resolveLocale("en", "my")).toBe("en");
    expect(resolveLocale("xx", "en")).toBe("en");
    expect(resolveLocale(undefined, "my")).toBe("my");
  });
});
