import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const policy = buildContentSecurityPolicy({ nonce: "abc", development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(buildContentSecurityPolicy({ nonce: "abc", development: true })).toContain("'unsafe-eval'");
  });
  it("makes a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("lets forms redirect to us and to the providers' hosted payment pages only", () => {
    const formAction = buildContentSecurityPolicy({ nonce: "n", development: false }).split("; ").find((d) => d.startsWith("form-action"));
    expect(formAction).toBe("form-action 'self' https://checkout.stripe.com https://form.dinger.asia https://prebuilt.dinger.asia");
  });

  it("frames only ourselves and the Telegram Login Widget", () => {
    const frameSrc = buildContentSecurityPolicy({ nonce: "n", development: false }).split("; ").find((d) => d.startsWith("frame-src"));
    expect(frameSrc).toBe("frame-src 'self' https://oauth.telegram.org");
  });
});
