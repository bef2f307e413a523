// Default import: the package is CommonJS (`module.exports = {…}`), and Node's ESM loader cannot
// see every named export of it (ZawgyiConverter is missing), while bundlers and tsx accept both.
import myanmarTools from "myanmar-tools";

/**
 * Above this P(Zawgyi) the text is converted. Google's detector gives ~1.0 for Zawgyi and ~0.0 for
 * Unicode on real words (even a two-syllable query), and values near 0.5 only for text valid in both
 * encodings. Converting Unicode by mistake garbles it, while leaving rare ambiguous Zawgyi alone only
 * costs a missed match, so we convert only when the detector is confident (the library's own
 * suggested cut-off).
 */
export const ZAWGYI_THRESHOLD = 0.95;

let detector: InstanceType<typeof myanmarTools.ZawgyiDetector> | undefined;
let converter: InstanceType<typeof myanmarTools.ZawgyiConverter> | undefined;

// Zero-width and invisible format characters that sneak in from copy-paste and Burmese keyboards
// (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen); U+200C/U+200D carry no meaning in Burmese.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// C0/C1 control characters other than tab, LF, VT, FF and CR (which are whitespace): never meant as
// text, and PostgreSQL rejects NUL in a text column, which would turn a stray byte into a 500.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Any run of Unicode whitespace, including NBSP and the ideographic/figure spaces.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// Line breaks as Windows, old Macs and some editors' paste produce them (LS, PS); VT and FF too.
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u2028\u2029]/g;
// Whitespace-only lines at the very start: junk, unlike the indentation of the first real line.
const LEADING_BLANK_LINES = /^(?:[^\S\n]*\n)+/;

/** Burmese text in Unicode: Zawgyi converted (when detected), NFC, invisible characters removed, whitespace collapsed and trimmed. */
export function toUnicode(text: string): string {
  const cleaned = text.replace(INVISIBLE, "").replace(CONTROL, "").replace(SPACES, " ").trim();
  return isZawgyi(cleaned) ? zawgyiToUnicode(cleaned).normalize("NFC") : cleaned.normalize("NFC");
}

/**
 * `toUnicode` for multi-line text (descriptions, lesson bodies, quiz prompts): line breaks become LF
 * and are kept, as are indentation and the spaces inside a line (Markdown and code depend on them);
 * leading blank lines and trailing whitespace of the whole text are removed.
 *
 * Zawgyi is detected line by line, not on the whole text: a body that mixes an English or Unicode
 * line with a pasted Zawgyi paragraph gets each line right, whereas one verdict for the whole text
 * would garble the Unicode lines or leave the Zawgyi ones. A line is the natural unit (Zawgyi's
 * reordering never crosses a line break) and still long enough for the detector, which is already
 * confident on two syllables; a line too short or too ambiguous to tell is spelled the same in both
 * encodings in practice, so leaving it alone costs nothing. A one-line text gets the same verdict
 * as `toUnicode`.
 */
export function toUnicodeText(text: string): string {
  const lines = text.replace(INVISIBLE, "").replace(LINE_BREAKS, "\n").replace(CONTROL, "").split("\n");
  const converted = lines.map((line) => (isZawgyi(line) ? zawgyiToUnicode(line) : line)).join("\n");
  return converted.normalize("NFC").replace(LEADING_BLANK_LINES, "").trimEnd();
}

/** True when the detector is confident the text is Zawgyi-encoded (false for text with no Myanmar letters). */
export function isZawgyi(text: string): boolean {
  if (!/[\u1000-\u109F]/.test(text)) return false;
  detector ??= new myanmarTools.ZawgyiDetector();
  return detector.getZawgyiProbability(text) > ZAWGYI_THRESHOLD;
}

function zawgyiToUnicode(text: string): string {
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter.zawgyiToUnicode(text);
}

/** Unicode → Zawgyi, for tests and fixtures that need to produce what a Zawgyi keyboard types. */
export function unicodeToZawgyi(text: string): string {
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter.unicodeToZawgyi(text);
}
