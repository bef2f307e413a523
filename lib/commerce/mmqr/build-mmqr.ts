import { crc16 } from "./crc16";
import { encodeTlv } from "./tlv";

/** Merchant category code of "schools and educational services". */
export const MMQR_MCC_EDUCATION = "8299";
/** ISO 4217 numeric code of the Myanmar kyat. */
export const MMQR_CURRENCY_MMK = "104";
/** The merchant account template's tag: the first of EMVCo's 26–51 "other payment networks". */
export const MMQR_ACCOUNT_TAG = "26";
/**
 * The template's GUID (sub-tag 00) for payloads that our sandbox makes. EMVCo allows a reverse
 * domain name there; this one belongs to no real network, so a real wallet app cannot pay a
 * sandbox QR by accident. A live checkout renders the payload KBZPay returns, never one of ours.
 */
export const MMQR_SANDBOX_GUID = "MM.MMSO.SANDBOX";

export type MmqrInput = {
  /** Template 26, sub-tag 00: the payment network's GUID. */
  guid: string;
  /** Template 26, sub-tag 01: the merchant's id at that network (KBZPay's merch_code). */
  merchantId: string;
  /** Tag 59: printable ASCII, at most 25 characters (longer or non-ASCII text is cut down). */
  merchantName: string;
  /** Tag 60: printable ASCII, at most 15 characters. */
  merchantCity: string;
  /** Tag 54 in whole kyat; present → a dynamic QR (01 = "12"), absent → static ("11"). */
  amount?: number;
  /**
   * Tag 62 sub-tag 01 (bill number): our order reference, `[A-Za-z0-9_]{1,40}`. EMVCo suggests
   * at most 25 characters there; our references may be 40 (api-contract.md), which the TLV format
   * carries and our validator accepts.
   */
  reference?: string;
  /** Tag 52; schools and education by default. */
  mcc?: string;
};

/** An EMVCo merchant-presented MMQR payload with its CRC (tag 63), ready to render as a QR. */
export function buildMmqr(input: MmqrInput): string {
  const amount = input.amount;
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount < 1 || String(amount).length > 13)) {
    throw new Error("MMQR amount must be a positive whole number of at most 13 digits");
  }
  if (input.reference !== undefined && !/^[A-Za-z0-9_]{1,40}$/.test(input.reference)) {
    throw new Error("MMQR reference must match [A-Za-z0-9_]{1,40}");
  }
  const account = encodeTlv("00", input.guid) + encodeTlv("01", input.merchantId);
  const body = [
    encodeTlv("00", "01"),
    encodeTlv("01", amount === undefined ? "11" : "12"),
    encodeTlv(MMQR_ACCOUNT_TAG, account),
    encodeTlv("52", input.mcc ?? MMQR_MCC_EDUCATION),
    encodeTlv("53", MMQR_CURRENCY_MMK),
    amount === undefined ? "" : encodeTlv("54", String(amount)),
    encodeTlv("58", "MM"),
    encodeTlv("59", asciiText(input.merchantName, 25)),
    encodeTlv("60", asciiText(input.merchantCity, 15)),
    input.reference === undefined ? "" : encodeTlv("62", encodeTlv("01", input.reference)),
  ].join("");
  const signed = `${body}6304`;
  return `${signed}${crc16(signed)}`;
}

/** Printable ASCII only (wallet apps show these fields as they are), trimmed to `max` characters. */
export function asciiText(text: string, max: number): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, "").replace(/\s+/g, " ").trim().slice(0, max).trim();
  if (ascii === "") throw new Error("MMQR text field has no printable ASCII characters");
  return ascii;
}
