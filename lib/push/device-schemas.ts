import { z } from "zod";

/**
 * An FCM registration token: FCM's alphabet (letters, digits, `_`, `-`, `:`), at most 512
 * characters (real ones are ~160). Anything else is refused before it reaches the database or FCM.
 */
export const deviceTokenString = z
  .string()
  .min(8)
  .max(512)
  .regex(/^[A-Za-z0-9_:-]+$/, "Not an FCM registration token");

// Lower case as the contract writes it; upper case too, as POST /auth/otp/verify's `device.platform` accepts.
const platformInput = z.enum(["ios", "android", "web", "IOS", "ANDROID", "WEB"]).transform((p) => p.toUpperCase() as "IOS" | "ANDROID" | "WEB");

/** POST /api/v1/me/devices */
export const registerDeviceBody = z
  .object({
    token: deviceTokenString,
    platform: platformInput,
    appVersion: z.string().trim().min(1).max(32).optional(),
  })
  .meta({ id: "RegisterDeviceRequest" });

/**
 * DELETE /api/v1/me/devices/{token}. A client may percent-encode the token's `:` in the path; `%`
 * is not in FCM's alphabet, so decoding first is unambiguous (a malformed escape stays and fails).
 */
export const deviceTokenParams = z.object({ token: z.string().transform(decodePath).pipe(deviceTokenString) });

function decodePath(segment: string): string {
  try {
    return segment.includes("%") ? decodeURIComponent(segment) : segment;
  } catch {
    return segment;
  }
}

/** One of the caller's registered devices: their own token back, never another person's data. */
export const deviceDto = z
  .object({
    token: z.string(),
    platform: z.enum(["ios", "android", "web"]),
    appVersion: z.string().nullable(),
    lastSeenAt: z.iso.datetime(),
  })
  .meta({ id: "Device" });

export type RegisterDeviceInput = z.output<typeof registerDeviceBody>;
export type DeviceDto = z.input<typeof deviceDto>;
