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
// Any run of Unicode whitespace, including NBSP and the ideographic/figure spaces.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Burmese text in Unicode: Zawgyi converted (when detected), NFC, invisible characters removed, whitespace collapsed and trimmed. */
export function toUnicode(text: string): string {
  const cleaned = text.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  return isZawgyi(cleaned) ? zawgyiToUnicode(cleaned).normalize("NFC") : cleaned.normalize("NFC");
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
