import { describe, expect, it } from "vitest";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { toSearchTerms } from "./search-terms";

describe("toSearchTerms", () => {
  it("normalises the query and derives substring patterns", () => {
    expect(toSearchTerms("  Python\u200B  Basics ")).toMatchObject({ text: "python basics", patterns: ["%python basics%"] });
    expect(toSearchTerms("ခြေခံ")?.patterns).toEqual(["%ခြေခံ%"]);
  });

  it("converts a Zawgyi query to Unicode first", () => {
    expect(toSearchTerms(unicodeToZawgyi("အခြေခံ"))?.text).toBe("အခြေခံ");
  });

  it("escapes LIKE metacharacters and matches short queries at word starts", () => {
    expect(toSearchTerms("100%_\\")?.patterns).toEqual(["%100\\%\\_\\\\%"]);
    expect(toSearchTerms("AI")?.patterns).toEqual(["ai%", "% ai%"]);
  });

  it("adds adjacent-letter swaps for typos", () => {
    const [typos = []] = toSearchTerms("pyhton")?.typoPatterns ?? [];
    expect(typos).toContain("%python%");
    expect(typos).toHaveLength(5);
    expect(toSearchTerms("video eidting")?.typoPatterns[1]).toContain("%editing%");
    expect(toSearchTerms("အခြေခံ")?.typoPatterns).toEqual([[]]);
  });

  it("lists the words compared one by one for fuzzy matches", () => {
    expect(toSearchTerms("Python for beginers python")?.words).toEqual(["python", "for", "beginers"]);
    expect(toSearchTerms("C# AI")?.words).toEqual(["c# ai"]);
    expect(toSearchTerms("Basics Python")?.wordPatterns).toEqual([["%basics%"], ["%python%"]]);
  });

  it("returns null when nothing searchable is left", () => {
    for (const query of ["   ", "?!.,-", "\u200B\u200C", "%%__"]) expect(toSearchTerms(query)).toBeNull();
  });
});
