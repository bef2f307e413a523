import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyMessengerSignature } from "./signature";

const SECRET = "test-app-secret";
const sign = (bytes: Buffer | string, secret = SECRET) => `sha256=${createHmac("sha256", secret).update(bytes).digest("hex")}`;

// A Burmese message with an emoji exactly as Meta sends it: non-ASCII as \u escapes (the emoji as
// a surrogate pair) and "/" escaped. Meta's signature covers these bytes.
const AS_SENT =
  '{"object":"page","entry":[{"id":"1","time":1,"messaging":[{"sender":{"id":"42"},"recipient":{"id":"1"},"timestamp":1,' +
  '"message":{"mid":"m_1","text":"\\u101e\\u1004\\u103a\\u1010\\u1014\\u103a\\u1038 \\ud83d\\ude00 https:\\/\\/x"}}]}]}';

describe("verifyMessengerSignature", () => {
  it("accepts a Burmese message with an emoji, verified on the raw bytes", () => {
    const bytes = Buffer.from(AS_SENT, "utf8");
    expect(JSON.parse(AS_SENT).entry[0].messaging[0].message.text).toBe("သင်တန်း 😀 https://x");
    expect(verifyMessengerSignature(bytes, sign(bytes), SECRET)).toBe(true);
    expect(verifyMessengerSignature(bytes, sign(bytes).toUpperCase().replace("SHA256=", "sha256="), SECRET)).toBe(true);
  });

  it("refuses the same JSON re-serialised (UTF-8 Burmese instead of the escapes) under Meta's signature", () => {
    const header = sign(Buffer.from(AS_SENT, "utf8"));
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(AS_SENT)), "utf8");
    expect(reserialised.equals(Buffer.from(AS_SENT))).toBe(false);
    expect(verifyMessengerSignature(reserialised, header, SECRET)).toBe(false);
  });

  it("refuses a wrong secret, a tampered body, a missing or malformed header", () => {
    const bytes = Buffer.from(AS_SENT);
    expect(verifyMessengerSignature(bytes, sign(bytes, "other-secret"), SECRET)).toBe(false);
    expect(verifyMessengerSignature(Buffer.from(AS_SENT.replace("m_1", "m_2")), sign(bytes), SECRET)).toBe(false);
    expect(verifyMessengerSignature(bytes, null, SECRET)).toBe(false);
    expect(verifyMessengerSignature(bytes, "", SECRET)).toBe(false);
    expect(verifyMessengerSignature(bytes, sign(bytes).replace("sha256=", "sha1="), SECRET)).toBe(false);
    expect(verifyMessengerSignature(bytes, sign(bytes).slice(0, -2), SECRET)).toBe(false);
    expect(verifyMessengerSignature(bytes, `sha256=${"z".repeat(64)}`, SECRET)).toBe(false);
  });
});
