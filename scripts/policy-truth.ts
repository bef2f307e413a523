/**
 * Policy truth (ADR 0038): every clause of product.md's policy list must have a test that names it.
 * Prints the clause → test table and exits 1 naming the clauses without a test. Run by `npm test`
 * after vitest; on its own: `npx tsx scripts/policy-truth.ts [--write docs/policy-truth.md]`.
 *
 * The convention: a test names a clause when the title of a `describe`, `it` or `test` (Vitest or
 * Playwright, with `.each`, `.concurrent`, `test.describe`, …) contains "policy " followed by one or
 * more clause ids separated by commas, "and" or "/", e.g. "refunds revoke access (policy S4, S5)".
 * Skipped, todo and fixme tests do not count. Ids compare whole: S1.2 is not S1.20, S1.1 is not
 * S1.1c; a finer id (S6.2) counts for its clause (S6).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type NamedTest = { file: string; title: string; ids: string[] };

const SECTION_START = /^## The policy, clause by clause/m;
const ID = String.raw`[SCM]\d+(?:\.\d+)*[a-z]?`;
const RANGE = new RegExp(String.raw`^- (${ID})(?:\s*[–-]\s*(${ID}))?\s`);

/** The section of a markdown document holding the clause list (up to the next `## ` heading). */
export function clauseSection(markdown: string): string {
  const start = markdown.search(SECTION_START);
  if (start < 0) throw new Error("No '## The policy, clause by clause' section");
  const rest = markdown.slice(start);
  const end = rest.slice(3).search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end + 3)).trimEnd();
}

/** The clause ids of the list, in order, ranges expanded ("C1–C6" → C1 … C6). */
export function parseClauseIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of clauseSection(markdown).split("\n")) {
    const match = RANGE.exec(line);
    if (!match?.[1]) continue;
    ids.push(...expandRange(match[1], match[2]));
  }
  return ids;
}

function expandRange(first: string, last: string | undefined): string[] {
  if (!last) return [first];
  const a = /^([SCM])(\d+)$/.exec(first);
  const b = /^([SCM])(\d+)$/.exec(last);
  if (!a || !b || a[1] !== b[1] || Number(a[2]) > Number(b[2])) throw new Error(`Cannot expand the range ${first}–${last}`);
  return Array.from({ length: Number(b[2]) - Number(a[2]) + 1 }, (_, i) => `${a[1]}${Number(a[2]) + i}`);
}

const NAMED = new RegExp(String.raw`\bpolicy\s+(${ID}(?:\s*(?:,|/|and)\s*${ID})*)(?!\w|\.\d)`, "g");

/** The clause ids a title names ("… (policy S4, S5 and S8)" → S4, S5, S8). */
export function idsInTitle(title: string): string[] {
  const ids = new Set<string>();
  for (const match of title.matchAll(NAMED)) {
    for (const id of match[1]?.split(/\s*(?:,|\/|and)\s*/) ?? []) ids.add(id);
  }
  return [...ids];
}

const CALL = /\b(describe|it|test)((?:\.\w+)*)\s*\(/g;
const NOT_RUN = new Set(["skip", "todo", "fixme"]);

/** Titles of the tests and suites in one file's source that name at least one clause. */
export function findNamedTests(source: string, file: string): NamedTest[] {
  const found: NamedTest[] = [];
  for (const match of source.matchAll(CALL)) {
    if (match.index > 0 && /[\w$.]/.test(source[match.index - 1] ?? "")) continue;
    const modifiers = (match[2] ?? "").split(".").filter(Boolean);
    if (modifiers.some((m) => NOT_RUN.has(m))) continue;
    let at = match.index + match[0].length;
    // `it.each([...])("title", …)`, `it.skipIf(x)("title", …)`: the title is in the second call.
    if (modifiers.some((m) => m === "each" || m === "for" || m.endsWith("If"))) {
      const close = skipBalanced(source, at - 1);
      const next = /^\s*\(/.exec(source.slice(close));
      if (!next) continue;
      at = close + next[0].length;
    }
    const title = readStringAt(source, at);
    if (title === null) continue;
    const ids = idsInTitle(title);
    if (ids.length > 0) found.push({ file, title, ids });
  }
  return found;
}

/** The text of the string literal starting at `from` (after whitespace), or null. */
function readStringAt(source: string, from: number): string | null {
  let i = from;
  while (/\s/.test(source[i] ?? "")) i++;
  const quote = source[i];
  if (quote !== '"' && quote !== "'" && quote !== "`") return null;
  let text = "";
  for (i++; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      text += source[++i] ?? "";
      continue;
    }
    if (char === quote) return text;
    text += char;
  }
  return null;
}

/** The index just after the parenthesis that closes the one at `open`, skipping strings. */
function skipBalanced(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "'" || char === "`") {
      for (i++; i < source.length && source[i] !== char; i++) if (source[i] === "\\") i++;
      continue;
    }
    if (char === "(" || char === "[" || char === "{") depth++;
    if (char === ")" || char === "]" || char === "}") depth--;
    if (depth === 0) return i + 1;
  }
  return source.length;
}

/** Whether a named id counts for a clause: the same id, or a finer one (S6.2 for S6). */
export function coversClause(id: string, clause: string): boolean {
  return id === clause || id.startsWith(`${clause}.`);
}

export type Coverage = { table: Map<string, NamedTest[]>; missing: string[]; unknown: NamedTest[] };

/** Which tests name which clause, the clauses no test names, and tests naming no listed clause. */
export function coverage(clauses: readonly string[], tests: readonly NamedTest[]): Coverage {
  const table = new Map(clauses.map((clause) => [clause, tests.filter((t) => t.ids.some((id) => coversClause(id, clause)))]));
  const missing = clauses.filter((clause) => table.get(clause)?.length === 0);
  const unknown = tests.filter((t) => t.ids.some((id) => !clauses.some((clause) => coversClause(id, clause))));
  return { table, missing, unknown };
}

/** The clause → tests table as markdown. */
export function renderTable({ table }: Coverage): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
  const rows = [...table].map(([clause, tests]) =>
    `| ${clause} | ${tests.length} | ${tests.length ? tests.map((t) => `\`${t.file}\`: ${cell(t.title)}`).join("<br>") : "**no test**"} |`,
  );
  return ["| Clause | Tests | Where |", "|---|---|---|", ...rows].join("\n");
}

const SKIP_DIRS = new Set(["node_modules", ".next", ".data", ".git", "generated", "test-results", "playwright-report"]);

/** Every Vitest file (`*.test.ts(x)`) and Playwright spec (`e2e/**\/*.spec.ts`) under `root`. */
export function testFiles(root: string, dir = ""): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : testFiles(root, relative);
    if (/\.test\.tsx?$/.test(entry.name)) return [relative];
    return relative.startsWith("e2e/") && entry.name.endsWith(".spec.ts") ? [relative] : [];
  });
}

/** The repository's clause list: the in-repo copy (product.md itself lives outside the clone). */
export const CLAUSES_COPY = "docs/policy-clauses.md";
/** Where product.md sits next to the repository on a development machine. */
export const PRODUCT_MD = "../shared/docs/product.md";

function main(): number {
  const root = process.cwd();
  const clauses = parseClauseIds(readFileSync(path.join(root, CLAUSES_COPY), "utf8"));
  const tests = testFiles(root).flatMap((file) => findNamedTests(readFileSync(path.join(root, file), "utf8"), file));
  const result = coverage(clauses, tests);
  const table = renderTable(result);
  process.stdout.write(`${table}\n`);
  for (const t of result.unknown) process.stdout.write(`policy truth: warning: ${t.file} "${t.title}" names an id that is not in the list\n`);
  const write = process.argv.indexOf("--write");
  if (write >= 0) {
    const target = process.argv[write + 1] ?? "docs/policy-truth.md";
    writeFileSync(path.join(root, target), `# Policy truth\n\nGenerated by \`npx tsx scripts/policy-truth.ts --write\` (ADR 0038): each clause of ${CLAUSES_COPY} and the tests that name it.\n\n${table}\n`);
  }
  if (existsSync(path.join(root, PRODUCT_MD)) && clauseSection(readFileSync(path.join(root, PRODUCT_MD), "utf8")) !== clauseSection(readFileSync(path.join(root, CLAUSES_COPY), "utf8"))) {
    process.stdout.write(`policy truth: FAILED: ${CLAUSES_COPY} differs from ${PRODUCT_MD}; copy the list again\n`);
    return 1;
  }
  const covered = clauses.length - result.missing.length;
  if (result.missing.length > 0) {
    process.stdout.write(`policy truth: FAILED: ${covered}/${clauses.length} clauses have a test; no test names ${result.missing.join(", ")}\n`);
    return 1;
  }
  process.stdout.write(`policy truth: ${covered}/${clauses.length} clauses have a test\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
