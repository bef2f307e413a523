import { createPublicKey, type KeyObject } from "node:crypto";

/**
 * Reads Dinger's RSA public key as DINGER_PUBLIC_KEY holds it. The documented format is the one
 * Dinger's merchant portal and docs show: base64 of the DER-encoded SubjectPublicKeyInfo (SPKI) on
 * one line, no armour ("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ…"). A PEM "BEGIN PUBLIC KEY" block
 * is accepted too. Returns null for anything that is not an RSA public key of at least 1024 bits.
 */
export function parseDingerPublicKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  try {
    const key = trimmed.startsWith("-----BEGIN")
      ? createPublicKey({ key: trimmed, format: "pem" })
      : /^[A-Za-z0-9+/=\s]+$/.test(trimmed)
        ? createPublicKey({ key: Buffer.from(trimmed.replace(/\s+/g, ""), "base64"), format: "der", type: "spki" })
        : null;
    if (!key || key.asymmetricKeyType !== "rsa") return null;
    return (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 1024 ? key : null;
  } catch {
    return null;
  }
}

/** The key as the `publicKey` field of the payload carries it: base64 DER SPKI, one line. */
export function spkiBase64(key: KeyObject): string {
  return key.export({ type: "spki", format: "der" }).toString("base64");
}
