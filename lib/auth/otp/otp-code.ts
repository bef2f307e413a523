import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { OTP } from "./otp-rules";

/** A uniformly random code of OTP.digits digits from the CSPRNG, leading zeros kept. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** OTP.digits)).padStart(OTP.digits, "0");
}

/** The public handle of a challenge: 144 random bits, unguessable, bound into the code's hash. */
export function generateChallengeId(): string {
  return randomBytes(18).toString("base64url");
}

/** HMAC-SHA256(AUTH_SECRET, challengeId:code), hex. Only this is stored, never the code. */
export function hashCode(challengeId: string, code: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${challengeId}:${code}`).digest("hex");
}

/** Security-critical: constant-time comparison; any input (even malformed) costs one HMAC. */
export function codeMatches(challengeId: string, code: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashCode(challengeId, code), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
