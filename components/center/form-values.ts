// Reading the dashboard's plain HTML forms (they work without client JavaScript): text fields, and
// numbers typed with Latin or Burmese digits. The results go through the use case's zod schema.

/** A text field's value, or undefined when it is missing or blank. */
export function formText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

// Burmese digits ၀–၉ (U+1040–1049); the letter ဝ (U+101D) is often typed for zero.
const toLatinDigits = (text: string) => text.replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040)).replace(/\u101D/g, "0");

/** A number typed in a form ("15,000", "၁၅၀၀၀", "12.50"); NaN when it is not one, undefined when blank. */
export function formNumber(formData: FormData, name: string): number | undefined {
  const text = formText(formData, name);
  if (text === undefined) return undefined;
  const plain = toLatinDigits(text).replace(/[\s,]/g, "");
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/**
 * An amount typed in the currency's everyday unit (kyat; dollars and cents) as the platform's
 * integer unit (whole kyat for MMK, cents for USD); NaN when it does not fit that unit.
 */
export function toPlatformAmount(value: number, currency: "MMK" | "USD"): number {
  const amount = currency === "USD" ? Math.round(value * 100) : value;
  return Number.isInteger(amount) && Math.abs(amount - (currency === "USD" ? value * 100 : value)) < 1e-6 ? amount : Number.NaN;
}
