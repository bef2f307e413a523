import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signAccessToken, verifyAccessToken } from "./access-token";

const claims = { userId: "0195d3c4-0000-7000-8000-000000000001", sessionId: "0195d3c4-0000-7000-8000-000000000002" };

describe("mobile access tokens", () => {
  it("round-trips the user and session ids, HS256, 15 minutes", async () => {
    const token = await signAccessToken(claims);
    expect(await verifyAccessToken(token)).toEqual(claims);
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<string, number | string>;
    expect(payload).toMatchObject({ sub: claims.userId, sid: claims.sessionId, typ: "access" });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
    expect(JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString())).toMatchObject({ alg: "HS256" });
  });

  it("refuses expired, tampered and foreign tokens", async () => {
    expect(await verifyAccessToken(await signAccessToken(claims, new Date(Date.now() - 16 * 60 * 1000)))).toBeNull();
    const token = await signAccessToken(claims);
    const [h, p, s] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p ?? "", "base64url").toString()), sub: claims.sessionId })).toString("base64url");
    expect(await verifyAccessToken(`${h}.${forged}.${s}`)).toBeNull();
    // Signed with AUTH_SECRET itself rather than the derived key: refused.
    const raw = new TextEncoder().encode(process.env.AUTH_SECRET ?? "demo-auth-secret-not-for-production-0000000000");
    const foreign = await new SignJWT({ sid: claims.sessionId, typ: "access" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer("mmso")
      .setAudience("mmso-mobile")
      .setExpirationTime("5m")
      .sign(raw);
    expect(await verifyAccessToken(foreign)).toBeNull();
    expect(await verifyAccessToken("not.a.jwt")).toBeNull();
    expect(await verifyAccessToken("")).toBeNull();
  });
});
