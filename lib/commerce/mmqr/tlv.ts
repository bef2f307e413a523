/**
 * EMVCo's tag-length-value encoding: a two-digit tag, a two-digit length (01–99) counted in
 * characters, then the value. Used for the top level of an MMQR payload and for its templates.
 */
export type TlvField = { tag: string; value: string };

/** One field as text; throws on a tag or a length that the format cannot carry. */
export function encodeTlv(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new Error(`TLV tag must be two digits: ${tag}`);
  const length = [...value].length;
  if (length < 1 || length > 99) throw new Error(`TLV value of tag ${tag} must be 1–99 characters, not ${length}`);
  return `${tag}${String(length).padStart(2, "0")}${value}`;
}

/** Fields in order; null when the text is not a well-formed TLV sequence (or repeats a tag). */
export function parseTlv(text: string): TlvField[] | null {
  const chars = [...text];
  const fields: TlvField[] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < chars.length) {
    if (at + 4 > chars.length) return null;
    const tag = chars.slice(at, at + 2).join("");
    const lengthText = chars.slice(at + 2, at + 4).join("");
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(lengthText)) return null;
    const length = Number(lengthText);
    if (length < 1 || at + 4 + length > chars.length || seen.has(tag)) return null;
    fields.push({ tag, value: chars.slice(at + 4, at + 4 + length).join("") });
    seen.add(tag);
    at += 4 + length;
  }
  return fields;
}
