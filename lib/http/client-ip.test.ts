import { describe, expect, it } from "vitest";
import { clientCountry, clientIp, parseTrustedProxies, rateLimitKeyForIp } from "./client-ip";
import { PEER_ADDRESS_HEADER } from "./peer-header";

const cloudflare = parseTrustedProxies(["173.245.48.0/20", "10.0.0.5"]);
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientIp", () => {
  it("ignores forwarding headers from an untrusted peer", () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4", "cf-connecting-ip": "1.2.3.4" });
    expect(clientIp(h, cloudflare)).toBe("203.0.113.9");
    expect(clientIp(h, [])).toBe("203.0.113.9");
  });
  it("believes CF-Connecting-IP from a trusted proxy", () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: "173.245.50.1", "cf-connecting-ip": "37.111.0.7" });
    expect(clientIp(h, cloudflare)).toBe("37.111.0.7");
  });
  it("walks X-Forwarded-For from the right past trusted hops", () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "6.6.6.6, 37.111.0.7, 173.245.48.2" });
    expect(clientIp(h, cloudflare)).toBe("37.111.0.7");
  });
  it("normalises IPv4-mapped IPv6 peers and is null without the server's header", () => {
    expect(clientIp(headers({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), [])).toBe("127.0.0.1");
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4" }), cloudflare)).toBeNull();
  });
});

describe("clientCountry", () => {
  it("takes CF-IPCountry only from a trusted proxy", () => {
    expect(clientCountry(headers({ [PEER_ADDRESS_HEADER]: "173.245.48.9", "cf-ipcountry": "mm" }), cloudflare)).toBe("MM");
    expect(clientCountry(headers({ [PEER_ADDRESS_HEADER]: "203.0.113.9", "cf-ipcountry": "MM" }), cloudflare)).toBeNull();
    expect(clientCountry(headers({ [PEER_ADDRESS_HEADER]: "173.245.48.9", "cf-ipcountry": "XX" }), cloudflare)).toBeNull();
  });
});

describe("rateLimitKeyForIp", () => {
  it("counts IPv6 per /64 and IPv4 per address", () => {
    expect(rateLimitKeyForIp("2001:db8:1:2:aaaa::1")).toBe(rateLimitKeyForIp("2001:db8:1:2:ffff:1:2:3"));
    expect(rateLimitKeyForIp("2001:db8:1:2::1")).not.toBe(rateLimitKeyForIp("2001:db8:1:3::1"));
    expect(rateLimitKeyForIp("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitKeyForIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });
});
