import { MMQR_CURRENCY_MMK } from "./build-mmqr";
import { crc16 } from "./crc16";
import { parseTlv, type TlvField } from "./tlv";

/** The fields of a well-formed MMQR payload. */
export type Mmqr = {
  dynamic: boolean;
  /** Merchant account templates (tags 26–51) by tag, each as its sub-tags. */
  accounts: Record<string, Record<string, string>>;
  mcc: string;
  currency: string;
  /** Tag 54 as written, or null (a static QR without amount). */
  amount: string | null;
  country: string;
  merchantName: string;
  merchantCity: string;
  /** Tag 62 sub-tag 01. */
  billNumber: string | null;
  /** Every top-level field, for anything not named above. */
  fields: Record<string, string>;
};

export type MmqrCheck = { ok: true; mmqr: Mmqr } | { ok: false; problem: string };

const fail = (problem: string): MmqrCheck => ({ ok: false, problem });

/**
 * Checks an EMVCo merchant-presented payload as MMQR: the CRC-16/CCITT-FALSE of everything up to
 * and including `6304`, TLV well-formed with two-digit tags and lengths, 00 = "01" first and 63
 * last, the point of initiation, a merchant account template, MCC, currency 104 (MMK), amount,
 * country MM, merchant name (≤ 25) and city (≤ 15), and the additional data template.
 */
export function parseMmqr(payload: string): MmqrCheck {
  const crcMatch = /6304([0-9A-F]{4})$/.exec(payload);
  if (!crcMatch) return fail("crc_missing");
  if (crc16(payload.slice(0, -4)) !== crcMatch[1]) return fail("crc_mismatch");
  const list = parseTlv(payload);
  if (!list || list.length < 2) return fail("tlv_malformed");
  if (list[0]?.tag !== "00" || list[0].value !== "01") return fail("payload_format");
  if (list[list.length - 1]?.tag !== "63") return fail("crc_not_last");
  const fields = Object.fromEntries(list.map((f) => [f.tag, f.value]));

  const initiation = fields["01"];
  if (initiation !== "11" && initiation !== "12") return fail("point_of_initiation");
  const accounts: Mmqr["accounts"] = {};
  for (const { tag, value } of list) {
    const n = Number(tag);
    if (n < 26 || n > 51) continue;
    const sub = parseTlv(value);
    if (!sub || !sub.some((s) => s.tag === "00")) return fail(`account_template_${tag}`);
    accounts[tag] = toRecord(sub);
  }
  if (Object.keys(accounts).length === 0 && !list.some((f) => Number(f.tag) >= 2 && Number(f.tag) <= 25)) return fail("merchant_account");
  if (!/^\d{4}$/.test(fields["52"] ?? "")) return fail("mcc");
  if (fields["53"] !== MMQR_CURRENCY_MMK) return fail("currency");
  const amount = fields["54"] ?? null;
  if (amount !== null && !/^(?=.{1,13}$)\d+(\.\d+)?$/.test(amount)) return fail("amount");
  if (initiation === "12" && amount === null) return fail("amount_missing");
  if (fields["58"] !== "MM") return fail("country");
  const merchantName = fields["59"];
  const merchantCity = fields["60"];
  if (!merchantName || [...merchantName].length > 25) return fail("merchant_name");
  if (!merchantCity || [...merchantCity].length > 15) return fail("merchant_city");
  let billNumber: string | null = null;
  if (fields["62"] !== undefined) {
    const additional = parseTlv(fields["62"]);
    if (!additional) return fail("additional_data");
    billNumber = toRecord(additional)["01"] ?? null;
  }
  return {
    ok: true,
    mmqr: {
      dynamic: initiation === "12",
      accounts,
      mcc: fields["52"]!,
      currency: fields["53"],
      amount,
      country: fields["58"],
      merchantName,
      merchantCity,
      billNumber,
      fields,
    },
  };
}

function toRecord(fields: TlvField[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.tag, f.value]));
}
