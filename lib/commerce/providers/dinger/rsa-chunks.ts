import { constants, privateDecrypt, publicEncrypt, type KeyObject } from "node:crypto";

/**
 * Dinger encrypts the plaintext in chunks of this many BYTES (not characters: a Burmese letter is
 * three bytes in UTF-8, and a chunk may end inside one). 64 is Dinger's choice, well under the 117
 * bytes PKCS#1 v1.5 allows with a 1024-bit key.
 */
export const DINGER_RSA_CHUNK_BYTES = 64;

/** The cipher block size of a key: 128 bytes for Dinger's 1024-bit keys. */
export function rsaBlockBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (key.asymmetricKeyType !== "rsa" || !bits) throw new Error("Dinger keys are RSA keys");
  return Math.ceil(bits / 8);
}

/**
 * Dinger's payload encryption (RSA/ECB/PKCS1Padding): the UTF-8 bytes of `plaintext` in 64-byte
 * chunks, each encrypted with PKCS#1 v1.5 padding, the cipher blocks concatenated, then base64.
 * PKCS#1 v1.5 *encryption* with a public key is still allowed by Node (only private decryption was
 * disabled, see decryptRsaChunks).
 */
export function encryptRsaChunks(plaintext: string, publicKey: KeyObject): string {
  const bytes = Buffer.from(plaintext, "utf8");
  const blocks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += DINGER_RSA_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + DINGER_RSA_CHUNK_BYTES);
    blocks.push(publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, chunk));
  }
  return Buffer.concat(blocks).toString("base64");
}

/** Most cipher blocks the sandbox accepts in one payload (about 4 kB of plaintext). */
const MAX_BLOCKS = 64;

/**
 * DEMO SANDBOX ONLY: the decrypting side of encryptRsaChunks, as Dinger's hosted form runs it.
 * Returns the plaintext bytes, or null when the text is not base64 of whole cipher blocks or a
 * block's padding is wrong.
 *
 * Why not `privateDecrypt({ padding: RSA_PKCS1_PADDING })`: since the CVE-2023-46809 fix (Node
 * 18.19.1 / 20.11.1 / 21.6.2) Node refuses PKCS#1 v1.5 private decryption unless its OpenSSL has
 * implicit rejection (Node 20 ships OpenSSL 3.0, which has not), and the only switch back is the
 * process-wide `--security-revert=CVE-2023-46809`, which we will not use. Instead each block is
 * decrypted raw (RSA_NO_PADDING, still allowed) and the PKCS#1 v1.5 type-2 padding is checked here
 * (RFC 8017 §7.2.2). This unpadding is not constant-time, so it would be a Bleichenbacher/Marvin
 * padding oracle on a real key; that is acceptable only because the one key it ever runs with is
 * the committed, public demo key (sandbox-keys.ts). No node-forge needed. Production never
 * decrypts a Dinger payload (only Dinger can).
 */
export function decryptRsaChunks(base64: string, privateKey: KeyObject): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  const cipher = Buffer.from(base64, "base64");
  const size = rsaBlockBytes(privateKey);
  if (cipher.length === 0 || cipher.length % size !== 0 || cipher.length / size > MAX_BLOCKS) return null;
  const parts: Buffer[] = [];
  for (let offset = 0; offset < cipher.length; offset += size) {
    let block: Buffer;
    try {
      block = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, cipher.subarray(offset, offset + size));
    } catch {
      return null; // e.g. a block numerically larger than the modulus
    }
    const message = unpadType2(block);
    if (!message) return null;
    parts.push(message);
  }
  return Buffer.concat(parts);
}

/** EM = 0x00 ‖ 0x02 ‖ PS (≥ 8 non-zero bytes) ‖ 0x00 ‖ M. */
function unpadType2(block: Buffer): Buffer | null {
  if (block[0] !== 0x00 || block[1] !== 0x02) return null;
  const separator = block.indexOf(0x00, 2);
  if (separator < 10) return null;
  return block.subarray(separator + 1);
}
