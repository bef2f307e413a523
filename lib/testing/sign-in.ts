import { db } from "@/lib/db";
import { issueMobileSession } from "@/lib/auth/mobile-tokens";
import type { ClientInfo } from "@/lib/http/client-info";

export const TEST_CLIENT: ClientInfo = {
  ip: "203.0.113.7",
  country: null,
  userAgent: "MMSO-Test/1.0",
  deviceType: "mobile",
  os: "Android 14",
  browser: null,
  appVersion: "1.0.0",
  platform: "ANDROID",
  deviceModel: "Pixel 7",
  requestId: null,
};

/**
 * A mobile session for a user without going through the OTP flow (like epic-stack's login fixture):
 * returns the Authorization header value for route tests.
 */
export async function bearerFor(userId: string): Promise<string> {
  const pair = await db.$transaction((tx) => issueMobileSession(tx, { id: userId }, TEST_CLIENT));
  return `Bearer ${pair.accessToken}`;
}
