import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNotifyCallback } from "./notify-callback";
import { kbzSign } from "./sign";
import { TRADE_STATUSES } from "./trade-status";

const APP_KEY = "demo-kbzpay-app-key";

type Member = { key: string; literal: string };

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const word = fc.stringMatching(/^[A-Za-z0-9_]{1,40}$/);
const amountText = fc.tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom("", ".00", ".50", ".5", ".05")).map(([n, d]) => `${n}${d}`);

/** A genuine callback: fields as text, plus how each value is written in the body (string or bare number). */
const genuine = fc
  .record({
    appid: word,
    merch_code: digits(6, 8),
    merch_order_id: word,
    mm_order_id: digits(16, 23),
    trade_status: fc.constantFrom(...TRADE_STATUSES),
    total_amount: amountText,
    trans_currency: fc.constantFrom("MMK", "USD"),
    notify_time: digits(10, 10),
    trans_end_time: digits(10, 10),
    callback_info: fc.stringMatching(/^[A-Za-z0-9%_.-]{0,30}$/),
    nonce_str: fc.stringMatching(/^[A-Za-z0-9]{1,32}$/),
    mmqr: fc.option(fc.record({ mmqr_ref: digits(8, 16), Wallet_identifier: fc.stringMatching(/^[A-Z]{3,12}$/) }), { nil: undefined }),
    amountAsNumber: fc.boolean(),
    wrapped: fc.boolean(),
  })
  .map(({ mmqr, amountAsNumber, wrapped, ...fields }) => {
    const all: Record<string, string> = { ...fields, ...(mmqr ?? {}), sign_type: "SHA256" };
    all.sign = kbzSign(all, APP_KEY);
    const members: Member[] = Object.entries(all).map(([key, value]) => ({
      key,
      literal: key === "total_amount" && amountAsNumber ? value : JSON.stringify(value),
    }));
    return { members, wrapped };
  });

const body = (members: Member[], wrapped: boolean) => {
  const inner = `{${members.map((m) => `${JSON.stringify(m.key)}:${m.literal}`).join(",")}}`;
  return wrapped ? `{"Request":${inner}}` : inner;
};

/** Text of a string or number literal. */
const textOf = (literal: string) => (literal.startsWith('"') ? (JSON.parse(literal) as string) : literal);

type Mutation = (members: Member[], pick: number, text: string) => Member[] | null;

const mutations: Record<string, Mutation> = {
  // Another non-empty value for any signed field (or for sign_type).
  changeValue: (members, pick, text) => {
    const signed = members.filter((m) => m.key !== "sign");
    const target = signed[pick % signed.length]!;
    if (text === "" || text === textOf(target.literal)) return null;
    return members.map((m) => (m === target ? { key: m.key, literal: JSON.stringify(text) } : m));
  },
  // A number written differently: 1000.50 → 1000.5, the change JSON.parse would make.
  reformatAmount: (members) => {
    const target = members.find((m) => m.key === "total_amount")!;
    const text = textOf(target.literal);
    const reformatted = String(Number(text));
    if (reformatted === text) return null;
    return members.map((m) => (m === target ? { key: m.key, literal: reformatted } : m));
  },
  // Removing an empty value changes nothing that is signed or read (KBZPay drops empty values), so it is not a forgery.
  removeKey: (members, pick) => {
    const target = members[pick % members.length]!;
    return textOf(target.literal) === "" ? null : members.filter((m) => m !== target);
  },
  addKey: (members, _pick, text) => {
    const key = `x_${text.replace(/[^A-Za-z0-9_]/g, "")}`;
    if (members.some((m) => m.key === key)) return null;
    const value = text.replace(/&/g, "");
    return [...members, { key, literal: JSON.stringify(value === "" ? "1" : value) }];
  },
  addNumberKey: (members, pick) => [...members, { key: "extra_amount", literal: String(pick) }],
  signCaseFlip: (members, pick) => {
    const sign = members.find((m) => m.key === "sign")!;
    const value = textOf(sign.literal);
    const letters = [...value].map((c, i) => (/[A-F]/.test(c) ? i : -1)).filter((i) => i >= 0);
    if (letters.length === 0) return null;
    const at = letters[pick % letters.length]!;
    const flipped = value.slice(0, at) + value[at]!.toLowerCase() + value.slice(at + 1);
    return members.map((m) => (m === sign ? { key: "sign", literal: JSON.stringify(flipped) } : m));
  },
  signBitFlip: (members, pick) => {
    const sign = members.find((m) => m.key === "sign")!;
    const value = textOf(sign.literal);
    const at = pick % value.length;
    const nibble = parseInt(value[at]!, 16) ^ (1 << (pick % 4));
    const flipped = value.slice(0, at) + nibble.toString(16).toUpperCase() + value.slice(at + 1);
    return members.map((m) => (m === sign ? { key: "sign", literal: JSON.stringify(flipped) } : m));
  },
  wrongKey: (members, _pick, text) => {
    const fields = Object.fromEntries(members.filter((m) => m.key !== "sign").map((m) => [m.key, textOf(m.literal)]));
    const otherKey = text === APP_KEY || text === "" ? `${APP_KEY}!` : text.replace(/&/g, "");
    return members.map((m) => (m.key === "sign" ? { key: "sign", literal: JSON.stringify(kbzSign(fields, otherKey)) } : m));
  },
};

describe("KBZPay notify callback forgery (property)", () => {
  it("accepts every genuine callback, wrapped or flat, numbers as strings or bare", () => {
    fc.assert(
      fc.property(genuine, ({ members, wrapped }) => {
        expect(readNotifyCallback(body(members, wrapped), APP_KEY).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses 1,000 forged or mutated callbacks", () => {
    const started = performance.now();
    fc.assert(
      fc.property(
        genuine,
        fc.constantFrom(...Object.keys(mutations)),
        fc.nat(),
        fc.string({ minLength: 0, maxLength: 12, unit: "grapheme-ascii" }),
        ({ members, wrapped }, name, pick, text) => {
          const mutated = mutations[name]!(members, pick, text);
          fc.pre(mutated !== null);
          const reading = readNotifyCallback(body(mutated, wrapped), APP_KEY);
          expect(reading.ok, `${name}: ${body(mutated, wrapped)}`).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
