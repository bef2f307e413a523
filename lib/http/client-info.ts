/**
 * What a request tells about the device and network it came from (policy S1.2, C1): recorded with
 * sessions and activity-log entries. Approximate location is the country from a trusted proxy's
 * header only — never GPS, never a guess from an untrusted header.
 */
export type ClientInfo = {
  ip: string | null;
  country: string | null;
  userAgent: string | null;
  /** "mobile" | "tablet" | "desktop" | … as parsed from the user agent, or the app's report. */
  deviceType: string | null;
  os: string | null;
  browser: string | null;
  /** Mobile app only: what the app reports in `device` on login. */
  appVersion: string | null;
  platform: "IOS" | "ANDROID" | "WEB" | null;
  deviceModel: string | null;
  requestId: string | null;
};
