import { constants, createHmac, generateKeyPairSync, privateDecrypt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkoutFields, checkoutHashValue, checkoutPayloadJson, checkoutQuery, dingerText, encryptCheckout, type DingerMerchant } from "./checkout-payload";
import { itemsTotal, openCheckoutPayload } from "./open-checkout-payload";
import { DINGER_RSA_CHUNK_BYTES, decryptRsaChunks, encryptRsaChunks } from "./rsa-chunks";
import { sandboxPrivateKey, sandboxPublicKey } from "./sandbox-keys";

const merchant: DingerMerchant = {
  clientId: "demo-dinger-client",
  publicKey: "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ",
  merchantKey: "demo-dinger-merchant-key",
  projectName: "MMSO",
  merchantName: "MMSO",
};
const secretKey = "demo-dinger-secret-key";
const order = { reference: "MMSO_20261124_0001", totalAmount: 45000, itemName: "Python အခြေခံ သင်တန်း", customerName: "MMSO student" };
const keys = { privateKey: sandboxPrivateKey(), secretKey };

describe("the hosted-checkout payload", () => {
  it("is Dinger's JSON, in the documented order, with items as a JSON string summing to totalAmount", () => {
    const fields = checkoutFields(merchant, order);
    const json = JSON.parse(checkoutPayloadJson(fields)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["clientId", "publicKey", "items", "customerName", "totalAmount", "merchantOrderId", "merchantKey", "projectName", "merchantName"]);
    expect(typeof json.items).toBe("string");
    expect(JSON.parse(json.items as string)).toEqual([{ name: "Python အခြေခံ သင်တန်း", amount: 45000, quantity: 1 }]);
    expect(json).toMatchObject({ totalAmount: 45000, merchantOrderId: "MMSO_20261124_0001", customerName: "MMSO student" });
  });

  it("hashValue is hex HMAC-SHA256(secretKey, plaintext JSON) — vector computed with `openssl dgst -sha256 -hmac`", () => {
    const json = checkoutPayloadJson(checkoutFields(merchant, order));
    expect(json).toBe(
      '{"clientId":"demo-dinger-client","publicKey":"MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ","items":"[{\\"name\\":\\"Python အခြေခံ သင်တန်း\\",\\"amount\\":45000,\\"quantity\\":1}]","customerName":"MMSO student","totalAmount":45000,"merchantOrderId":"MMSO_20261124_0001","merchantKey":"demo-dinger-merchant-key","projectName":"MMSO","merchantName":"MMSO"}',
    );
    expect(checkoutHashValue(json, secretKey)).toBe("d8507d49d9374e52a866abef27a12f516e529179f5799175909034a1ad255800");
    expect(encryptCheckout(checkoutFields(merchant, order), { publicKey: sandboxPublicKey(), secretKey }).hashValue).toBe(
      createHmac("sha256", secretKey).update(json).digest("hex"),
    );
  });

  it("refuses amounts that are not positive whole kyat", () => {
    for (const totalAmount of [0, -1, 1.5, Number.NaN]) expect(() => checkoutFields(merchant, { ...order, totalAmount })).toThrow();
  });

  it("replaces quotes Dinger's gateway chokes on and caps names by characters, never splitting a Burmese letter", () => {
    expect(dingerText(`Dinger's "best" course`)).toBe("Dinger\u2019s \u201Dbest\u201D course");
    expect(dingerText("a\nb\u0000c")).toBe("a b c");
    const long = "မြန်မာ".repeat(50);
    expect(Array.from(dingerText(long))).toHaveLength(100);
    expect(long.startsWith(dingerText(long))).toBe(true);
  });

  it("puts payload and hashValue in the query exactly as Dinger's form reads them", () => {
    const encrypted = encryptCheckout(checkoutFields(merchant, order), { publicKey: sandboxPublicKey(), secretKey });
    const query = new URLSearchParams(checkoutQuery(encrypted));
    expect(query.get("payload")).toBe(encrypted.payload);
    expect(query.get("hashValue")).toBe(encrypted.hashValue);
    // Base64's + / = are percent-encoded ("encryptedPayload must be URL Encoded").
    expect(checkoutQuery(encrypted).split("&")[0]!.slice("?payload=".length)).not.toMatch(/[+/=]/);
  });
});

describe("RSA in 64-byte chunks", () => {
  const burmese = "ပိုက်သွန်ပရိုဂရမ်းမင်း အခြေခံမှ အဆင့်မြင့်အထိ သင်တန်း"; // 3 bytes a character

  it("splits bytes, not characters: a Burmese name longer than 64 bytes round-trips through the sandbox key", () => {
    const bytes = Buffer.byteLength(burmese, "utf8");
    expect(bytes).toBeGreaterThan(2 * DINGER_RSA_CHUNK_BYTES);
    expect(bytes % 3).toBe(0);
    const base64 = encryptRsaChunks(burmese, sandboxPublicKey());
    const cipher = Buffer.from(base64, "base64");
    expect(cipher.length).toBe(Math.ceil(bytes / 64) * 128);
    // 64 is not a multiple of 3: the first chunk ends inside a letter, and the text still comes back whole.
    expect(Buffer.from(burmese, "utf8").subarray(0, 64).toString("utf8")).toContain("\uFFFD");
    expect(decryptRsaChunks(base64, sandboxPrivateKey())?.toString("utf8")).toBe(burmese);
  });

  it("each 128-byte block is a PKCS#1 v1.5 type-2 block of at most 64 message bytes", () => {
    const cipher = Buffer.from(encryptRsaChunks(burmese, sandboxPublicKey()), "base64");
    for (let offset = 0; offset < cipher.length; offset += 128) {
      const block = privateDecrypt({ key: sandboxPrivateKey(), padding: constants.RSA_NO_PADDING }, cipher.subarray(offset, offset + 128));
      expect([block[0], block[1]]).toEqual([0x00, 0x02]);
      expect(block.length - block.indexOf(0x00, 2) - 1).toBeLessThanOrEqual(64);
    }
  });

  it("refuses what is not whole blocks of valid padding", () => {
    const good = encryptRsaChunks("hello", sandboxPublicKey());
    expect(decryptRsaChunks(good.slice(0, -4), sandboxPrivateKey())).toBeNull();
    expect(decryptRsaChunks("not base64!", sandboxPrivateKey())).toBeNull();
    expect(decryptRsaChunks("", sandboxPrivateKey())).toBeNull();
    const other = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(decryptRsaChunks(encryptRsaChunks("hello", other.publicKey), sandboxPrivateKey())).toBeNull();
  });
});

describe("the sandbox's side: openCheckoutPayload", () => {
  const encrypt = (fields = checkoutFields(merchant, order), key = sandboxPublicKey()) => encryptCheckout(fields, { publicKey: key, secretKey });

  it("decrypts, checks hashValue and items, and returns the fields", () => {
    const opened = openCheckoutPayload(encrypt(), keys);
    expect(opened).toMatchObject({ ok: true, fields: { merchantOrderId: order.reference, totalAmount: 45000 }, items: [{ name: order.itemName, amount: 45000, quantity: 1 }] });
  });

  it("refuses a wrong secret key, a changed hashValue, another public key and a payload that is not ours", () => {
    const encrypted = encrypt();
    expect(openCheckoutPayload(encrypted, { ...keys, secretKey: "other" })).toEqual({ ok: false, reason: "bad_hash" });
    expect(openCheckoutPayload({ ...encrypted, hashValue: encrypted.hashValue.replace(/.$/, (c) => (c === "0" ? "1" : "0")) }, keys)).toEqual({ ok: false, reason: "bad_hash" });
    expect(openCheckoutPayload({ ...encrypted, hashValue: "" }, keys)).toEqual({ ok: false, reason: "bad_hash" });
    const other = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(openCheckoutPayload(encrypt(undefined, other.publicKey), keys)).toEqual({ ok: false, reason: "undecryptable" });
  });

  it("refuses items that do not add up to totalAmount (amount × quantity), even when correctly signed", () => {
    const fields = checkoutFields(merchant, order);
    const items = (list: unknown) => ({ ...fields, items: JSON.stringify(list) });
    expect(openCheckoutPayload(encrypt({ ...fields, totalAmount: 44000 }), keys)).toEqual({ ok: false, reason: "items_mismatch" });
    expect(openCheckoutPayload(encrypt(items([{ name: "a", amount: 22500, quantity: 2 }])), keys).ok).toBe(true);
    expect(openCheckoutPayload(encrypt(items([{ name: "a", amount: "22500", quantity: "2" }])), keys).ok).toBe(true);
    expect(openCheckoutPayload(encrypt(items([{ name: "a", amount: 40000, quantity: 1 }, { name: "b", amount: 4000, quantity: 1 }])), keys)).toEqual({ ok: false, reason: "items_mismatch" });
    expect(openCheckoutPayload(encrypt({ ...fields, items: "[{" }), keys)).toEqual({ ok: false, reason: "bad_fields" });
    expect(openCheckoutPayload(encrypt(items([])), keys)).toEqual({ ok: false, reason: "bad_fields" });
    expect(itemsTotal([{ name: "a", amount: 1100, quantity: 2 }])).toBe(2200);
  });
});
