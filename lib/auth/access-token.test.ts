import { SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
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

  describe("remembering verified tokens", () => {
    afterEach(() => vi.useRealTimers());

    it("still refuses a remembered token once it expires", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));
      const token = await signAccessToken(claims);
      expect(await verifyAccessToken(token)).toEqual(claims);
      vi.setSystemTime(new Date("2026-11-25T10:14:59Z"));
      expect(await verifyAccessToken(token)).toEqual(claims);
      vi.setSystemTime(new Date("2026-11-25T10:15:01Z"));
      expect(await verifyAccessToken(token)).toBeNull();
      expect(await verifyAccessToken(token)).toBeNull();
    });

    it("never remembers a refused token: a tampered copy of a remembered one stays refused", async () => {
      const token = await signAccessToken(claims);
      expect(await verifyAccessToken(token)).toEqual(claims);
      const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
      expect(await verifyAccessToken(tampered)).toBeNull();
      expect(await verifyAccessToken(tampered)).toBeNull();
      expect(await verifyAccessToken(token)).toEqual(claims);
    });
  });
});
