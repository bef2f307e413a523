import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseDingerPublicKey, spkiBase64 } from "./public-key";
import { SANDBOX_PUBLIC_KEY_SPKI_BASE64, sandboxPrivateKey, sandboxPublicKey } from "./sandbox-keys";

// Dinger's documented encryption key (dinger.asia "Payload and Redirect"): the format DINGER_PUBLIC_KEY takes.
const DOCUMENTED_KEY =
  "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCFD4IL1suUt/TsJu6zScnvsEdLPuACgBdjX82QQf8NQlFHu2v/84dztaJEyljv3TGPuEgUftpC9OEOuEG29z7z1uOw7c9T/luRhgRrkH7AwOj4U1+eK3T1R+8LVYATtPCkqAAiomkTU+aC5Y2vfMInZMgjX0DdKMctUur8tQtvkwIDAQAB";

describe("DINGER_PUBLIC_KEY", () => {
  it("reads base64 DER SPKI as Dinger issues it, and PEM", () => {
    const key = parseDingerPublicKey(DOCUMENTED_KEY);
    expect(key?.asymmetricKeyDetails?.modulusLength).toBe(1024);
    expect(spkiBase64(key!)).toBe(DOCUMENTED_KEY);
    const pem = key!.export({ type: "spki", format: "pem" }).toString();
    expect(spkiBase64(parseDingerPublicKey(pem)!)).toBe(DOCUMENTED_KEY);
    expect(parseDingerPublicKey(`  ${DOCUMENTED_KEY.slice(0, 60)}\n${DOCUMENTED_KEY.slice(60)}  `)).not.toBeNull();
  });

  it("refuses placeholders, garbage, non-RSA and short RSA keys", () => {
    expect(parseDingerPublicKey("demo-dinger-public-key")).toBeNull();
    expect(parseDingerPublicKey("")).toBeNull();
    expect(parseDingerPublicKey("MIGfMA0G")).toBeNull();
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
    expect(parseDingerPublicKey(spkiBase64(ec))).toBeNull();
    const small = generateKeyPairSync("rsa", { modulusLength: 512 }).publicKey;
    expect(parseDingerPublicKey(spkiBase64(small))).toBeNull();
  });

  it("the sandbox key: one 1024-bit pair whose published public half matches the private key", () => {
    expect(sandboxPrivateKey().asymmetricKeyDetails?.modulusLength).toBe(1024);
    expect(spkiBase64(sandboxPublicKey())).toBe(SANDBOX_PUBLIC_KEY_SPKI_BASE64);
    expect(spkiBase64(parseDingerPublicKey(SANDBOX_PUBLIC_KEY_SPKI_BASE64)!)).toBe(SANDBOX_PUBLIC_KEY_SPKI_BASE64);
  });
});
