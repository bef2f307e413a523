import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./peer-header";
import { readClientInfo } from "./read-client-info";

// lib/env caches the environment on first use: set the trusted proxy before anything reads it.
process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const DESKTOP_CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.127 Safari/537.36";

const headers = (init: Record<string, string>) => new Headers(init);

describe("readClientInfo", () => {
  it("believes forwarding headers only from a trusted proxy", () => {
    const viaProxy = readClientInfo(
      headers({ [PEER_ADDRESS_HEADER]: "10.1.2.3", "cf-connecting-ip": "203.0.113.9", "cf-ipcountry": "mm" }),
    );
    expect(viaProxy).toMatchObject({ ip: "203.0.113.9", country: "MM" });

    const forged = readClientInfo(
      headers({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "cf-connecting-ip": "203.0.113.9", "cf-ipcountry": "MM" }),
    );
    expect(forged).toMatchObject({ ip: "198.51.100.7", country: null });

    expect(readClientInfo(headers({ "x-forwarded-for": "203.0.113.9" }))).toMatchObject({ ip: null, country: null });
  });

  it("parses the user agent: device type, OS with version, browser with major version", () => {
    const phone = readClientInfo(new Request("http://x/", { headers: { "user-agent": IPHONE_SAFARI } }), undefined, "req-12345678");
    expect(phone).toMatchObject({ deviceType: "mobile", os: "iOS 17.4", browser: "Mobile Safari 17", requestId: "req-12345678" });
    const desktop = readClientInfo(headers({ "user-agent": DESKTOP_CHROME }));
    expect(desktop).toMatchObject({ deviceType: "desktop", os: "Windows 10", browser: "Chrome 126", platform: null, appVersion: null });
    expect(readClientInfo(headers({}))).toMatchObject({ userAgent: null, deviceType: null, os: null, browser: null });
  });

  it("takes the mobile app's own report of platform, model and version", () => {
    const info = readClientInfo(headers({ "user-agent": "okhttp/4.12.0" }), { platform: "android", model: " Pixel 8 ", appVersion: "1.4.2" });
    expect(info).toMatchObject({ platform: "ANDROID", deviceModel: "Pixel 8", appVersion: "1.4.2", deviceType: "mobile" });
  });
});
