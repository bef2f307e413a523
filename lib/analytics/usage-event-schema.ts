import { z } from "zod";

/** The most events one `POST /api/v1/events` may carry (the app batches and flushes). */
export const MAX_EVENTS_PER_BATCH = 100;
/** How old a client-reported `at` may be: an app offline for a week still flushes its queue. */
export const MAX_EVENT_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How far ahead a client clock may run. */
export const MAX_EVENT_SKEW_MS = 5 * 60 * 1000;

const MAX_PROPS = 20;
const MAX_PROP_TEXT = 100;

// Shaped like contact data (the activity log refuses the same shapes, lib/audit/log-activity.ts):
// usage events are counted, never tied back to a phone number or an address.
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_LIKE = /^\+?\d[\d ]{5,}$/;

const propValue = z.union([
  z
    .string()
    .max(MAX_PROP_TEXT)
    .refine((text) => !EMAIL_LIKE.test(text) && !PHONE_LIKE.test(text.trim()), { message: "Looks like a phone number or an email address" }),
  z.number().finite(),
  z.boolean(),
]);

/**
 * One usage event as the app reports it (policy S1.2: screens, features, clicks, timestamps).
 * `props` is flat and small on purpose: short keys, short scalar values, so a client cannot dump
 * a profile or a message into analytics.
 */
export const usageEventInput = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/, "Lower-case letters, digits, '_' and '.', 2–64 characters"),
    screen: z.string().trim().min(1).max(100).optional(),
    props: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, "Keys are short identifiers"), propValue)
      .refine((props) => Object.keys(props).length <= MAX_PROPS, { message: `At most ${MAX_PROPS} properties` })
      .optional(),
    at: z.iso
      .datetime({ offset: true })
      .refine((at) => isWithinAcceptedWindow(new Date(at), new Date()), { message: "Must lie within the last 7 days (5 minutes of clock skew allowed)" })
      .describe("When it happened on the device (ISO 8601), within the last 7 days"),
  })
  .strict();

/** What the app may say about itself with a batch, as at login (`device` in the verify body). */
export const usageDeviceInput = z
  .object({
    platform: z.enum(["IOS", "ANDROID", "WEB", "ios", "android", "web"]).optional(),
    appVersion: z.string().trim().min(1).max(40).optional(),
  })
  .strict();

/** The body of `POST /api/v1/events`. */
export const usageEventBatch = z
  .object({
    events: z.array(usageEventInput).min(1).max(MAX_EVENTS_PER_BATCH),
    device: usageDeviceInput.optional(),
  })
  .strict()
  .meta({ id: "UsageEventBatch" });

export type UsageEventInput = z.infer<typeof usageEventInput>;
export type UsageEventBatch = z.infer<typeof usageEventBatch>;

/** Whether a client-reported time lies within [now − 7 days, now + 5 minutes]. */
export function isWithinAcceptedWindow(at: Date, now: Date): boolean {
  const t = at.getTime();
  return t >= now.getTime() - MAX_EVENT_AGE_MS && t <= now.getTime() + MAX_EVENT_SKEW_MS;
}
