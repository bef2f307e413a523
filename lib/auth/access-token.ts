import "server-only";
import { hkdfSync } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";
import { ACCESS_TOKEN_TTL_SECONDS } from "./token-lifetimes";

const ISSUER = "mmso";
const AUDIENCE = "mmso-mobile";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let cachedKey: { secret: string; key: Uint8Array } | undefined;

/**
 * Security-critical: the signing key is derived from AUTH_SECRET with HKDF under its own label, so
 * an access token can never be confused with another use of the same secret (e.g. Auth.js cookies).
 */
function signingKey(): Uint8Array {
  const secret = env().AUTH_SECRET;
  if (cachedKey?.secret !== secret) {
    const key = new Uint8Array(hkdfSync("sha256", secret, "mmso", "mmso/mobile-access-token/v1", 32));
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

export type AccessClaims = { userId: string; sessionId: string };

/** Signs a 15-minute HS256 access token for a mobile session. */
export async function signAccessToken(claims: AccessClaims, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId, typ: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(signingKey());
}

type Verified = { claims: AccessClaims; expiresAtMs: number; key: Uint8Array };

/**
 * Tokens whose signature this process has already checked, until they expire: an app sends the same
 * token with every call for 15 minutes, and WebCrypto's HMAC was a tenth of the cost of a signed-in
 * read (bench:api). Only valid tokens get in (forging one takes the key), each entry remembers the
 * key it was checked with (a rotated AUTH_SECRET invalidates it), and expiry is checked on every hit.
 */
const verified = new LRUCache<string, Verified>({ max: 10_000 });

/** The claims of a valid, unexpired access token, or null. It says nothing about revocation. */
export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  const key = signingKey();
  const hit = verified.get(token);
  if (hit && hit.key === key) {
    if (hit.expiresAtMs > Date.now()) return hit.claims;
    verified.delete(token);
    return null;
  }
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    const { sub, sid, typ, exp } = payload;
    if (typ !== "access" || typeof sub !== "string" || typeof sid !== "string" || typeof exp !== "number") return null;
    if (!UUID.test(sub) || !UUID.test(sid)) return null;
    const claims = { userId: sub, sessionId: sid };
    verified.set(token, { claims, expiresAtMs: exp * 1000, key });
    return claims;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
