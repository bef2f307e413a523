/** Excel reads a UTF-8 file as the local code page unless it starts with this mark (Burmese would be garbled). */
export const UTF8_BOM = "\uFEFF";

// Security-critical: a spreadsheet runs a cell starting with one of these as a formula (CSV
// injection), e.g. a course title "=HYPERLINK(…)". Such cells get a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): formula starts defused, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Numbers are ours (amounts): a negative amount must stay a number, not become text.
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
