// Burmese digits ၀–၉ (U+1040–1049); the letter ဝ (U+101D) is often typed for zero.
const toLatinDigits = (text: string) => text.replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040)).replace(/\u101D/g, "0");

/** A whole number typed in Latin or Burmese digits: null when blank, NaN when not a whole number. */
export function typedInt(text: string): number | null {
  const plain = toLatinDigits(text).replace(/[\s,]/g, "");
  if (plain === "") return null;
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
}

/** A text field's value for a nullable schema field: null when blank. */
export const textOrNull = (text: string): string | null => (text.trim() === "" ? null : text);
