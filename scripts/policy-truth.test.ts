import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAUSES_COPY, clauseSection, coverage, findNamedTests, idsInTitle, parseClauseIds, PRODUCT_MD, renderTable, testFiles } from "./policy-truth";

const root = process.cwd();
const copy = readFileSync(path.join(root, CLAUSES_COPY), "utf8");

describe("policy truth (ADR 0038)", () => {
  it("reads every clause id of the list, ranges expanded", () => {
    expect(parseClauseIds(copy)).toEqual([
      "S1.1", "S1.1c", "S1.2", "S1.3", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S11",
      "C1", "C2", "C3", "C4", "C5", "C6", "M1", "M2", "M3", "M4", "M5",
    ]);
  });

  it.runIf(existsSync(path.join(root, PRODUCT_MD)))("keeps the in-repo copy identical to product.md's list", () => {
    expect(clauseSection(copy)).toBe(clauseSection(readFileSync(path.join(root, PRODUCT_MD), "utf8")));
  });

  it("reads ids whole: S1.2 is not S1.20, S1.1 is not S1.1c, and a list takes commas, 'and' and '/'", () => {
    expect(idsInTitle("keeps devices (policy S1.20)")).toEqual(["S1.20"]);
    expect(idsInTitle("records activity (policy S1.1c)")).toEqual(["S1.1c"]);
    expect(idsInTitle("the orders API (policy S4, S5 and S8/C3)")).toEqual(["S4", "S5", "S8", "C3"]);
    expect(idsInTitle("who sees what (policy S5, two tenants)")).toEqual(["S5"]);
    expect(idsInTitle("ends a sentence with policy S1.2.")).toEqual(["S1.2"]);
    expect(idsInTitle("a policy version is published")).toEqual([]);
  });

  it("finds titles of describe, it, test, .each and test.describe, and skips skipped and todo tests", () => {
    // Written with placeholders, so that this file's own scan does not count the fixture as tests.
    const source = [
      `DESCRIBE("orders (POLICY S4)", () => {`,
      `  IT('refunds (POLICY S4, S5)', async () => {});`,
      `  IT.each([["a", 1], ["b", (2)]])("case %s (POLICY S2)", () => {});`,
      `  IT.skip("later (POLICY S9)", () => {});`,
      `  IT.todo("someday (POLICY S11)");`,
      `  // a comment naming POLICY S3 is not a test`,
      `  expect("POLICY S6").toBe("x");`,
      `});`,
      "TEST.describe(`center access (POLICY C3)`, () => {});",
      `TEST("journey (POLICY S1.2)", async ({ page }) => {});`,
    ]
      .join("\n")
      .replace(/DESCRIBE|IT|TEST|POLICY/g, (word) => word.toLowerCase());
    expect(findNamedTests(source, "x.test.ts").map((t) => [t.title, t.ids])).toEqual([
      ["orders (policy S4)", ["S4"]],
      ["refunds (policy S4, S5)", ["S4", "S5"]],
      ["case %s (policy S2)", ["S2"]],
      ["center access (policy C3)", ["C3"]],
      ["journey (policy S1.2)", ["S1.2"]],
    ]);
  });

  it("reports the missing clauses, counts finer ids for their clause, and flags unknown ids", () => {
    const tests = [
      { file: "a.test.ts", title: "export (policy S6.2)", ids: ["S6.2"] },
      { file: "b.test.ts", title: "devices (policy S1.20)", ids: ["S1.20"] },
    ];
    const result = coverage(["S1.2", "S6", "S7"], tests);
    expect(result.missing).toEqual(["S1.2", "S7"]);
    expect(result.table.get("S6")).toEqual([tests[0]]);
    expect(result.unknown).toEqual([tests[1]]);
    const table = renderTable(result);
    expect(table).toContain("| S6 | 1 | `a.test.ts`: export (policy S6.2) |");
    expect(table).toContain("| S7 | 0 | **no test** |");
  });

  it("scans this repository's vitest files and Playwright specs", () => {
    const files = testFiles(root);
    expect(files).toContain("scripts/policy-truth.test.ts");
    expect(files.some((file) => file.startsWith("e2e/") && file.endsWith(".spec.ts"))).toBe(true);
    expect(files.some((file) => file.includes("node_modules"))).toBe(false);
  });
});
