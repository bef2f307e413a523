import "server-only";
import { UAParser } from "ua-parser-js";
import type { ClientInfo } from "./client-info";
import { requestOrigin } from "./request-ip";

/** What the mobile app reports about itself on login (`device` in the verify body). */
export type AppDevice = {
  platform?: "IOS" | "ANDROID" | "WEB" | "ios" | "android" | "web" | null;
  model?: string | null;
  appVersion?: string | null;
};

const MAX_TEXT = 120;
const clip = (value: string | null | undefined, max = MAX_TEXT) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/**
 * The device and network facts of a request (policy S1.2, C1). Address and country come from
 * `requestOrigin`, i.e. from forwarding headers only when the peer is a trusted proxy.
 */
export function readClientInfo(req: Request | Headers, device?: AppDevice, requestId?: string | null): ClientInfo {
  const headers = req instanceof Headers ? req : req.headers;
  const { ip, country } = requestOrigin(headers);
  const userAgent = clip(headers.get("user-agent"), 512);
  const parsed = userAgent ? UAParser(userAgent) : undefined;
  const join = (...parts: (string | undefined)[]) => clip(parts.filter(Boolean).join(" "));
  const platform = device?.platform ? (device.platform.toUpperCase() as ClientInfo["platform"]) : null;
  return {
    ip,
    country,
    userAgent,
    // ua-parser leaves the type undefined for ordinary desktop browsers.
    deviceType: parsed?.device.type ?? (platform === "IOS" || platform === "ANDROID" ? "mobile" : userAgent ? "desktop" : null),
    os: join(parsed?.os.name, parsed?.os.version),
    browser: join(parsed?.browser.name, parsed?.browser.major),
    appVersion: clip(device?.appVersion, 40),
    platform,
    deviceModel: clip(device?.model) ?? clip(parsed?.device.model),
    requestId: requestId ?? null,
  };
}
