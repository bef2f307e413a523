import { z } from "zod";
import { unicodeLine, unicodeText } from "@/lib/text/unicode-schema";
import { parseMyanmarLocal, toMyanmarLocal } from "./myanmar-time";

// The zod schemas of the announcement use cases, shared by the composer (react-hook-form's
// zodResolver), the server actions and the domain functions. Error messages are codes that the
// dashboard translates (`centerNotifications.errors.<code>`), on the client and from the server alike.

/** The channels a center may choose for an announcement (email and SMS are not offered). */
export const ANNOUNCEMENT_CHANNELS = ["IN_APP", "PUSH", "TELEGRAM"] as const;
export type AnnouncementChannel = (typeof ANNOUNCEMENT_CHANNELS)[number];

export const TITLE_MAX = 120;
export const BODY_MAX = 2000;
/** A scheduled announcement goes out at least this far ahead, and at most this far. */
export const SCHEDULE_MIN_MS = 5 * 60_000;
export const SCHEDULE_MAX_MS = 30 * 24 * 60 * 60_000;

const title = () => unicodeLine().max(TITLE_MAX, "too_long");
const body = () => unicodeText().max(BODY_MAX, "too_long");

type Draft = { titleEn: string; bodyEn: string; titleMy: string; bodyMy: string; when: "now" | "schedule"; scheduledFor: string };

function checkDraft(draft: Draft, ctx: z.RefinementCtx): void {
  const languages = [
    ["titleEn", "bodyEn"],
    ["titleMy", "bodyMy"],
  ] as const;
  let written = 0;
  for (const [titleKey, bodyKey] of languages) {
    const hasTitle = draft[titleKey] !== "";
    const hasBody = draft[bodyKey] !== "";
    if (hasTitle && hasBody) written++;
    // A language is all or nothing: a title without its message (or the reverse) is a mistake.
    else if (hasTitle) ctx.addIssue({ code: "custom", path: [bodyKey], message: "required" });
    else if (hasBody) ctx.addIssue({ code: "custom", path: [titleKey], message: "required" });
  }
  if (written === 0 && languages.every(([t, b]) => draft[t] === "" && draft[b] === "")) {
    ctx.addIssue({ code: "custom", path: ["titleEn"], message: "one_language" });
    ctx.addIssue({ code: "custom", path: ["titleMy"], message: "one_language" });
  }
  if (draft.when !== "schedule") return;
  const at = parseMyanmarLocal(draft.scheduledFor);
  if (!at) {
    ctx.addIssue({ code: "custom", path: ["scheduledFor"], message: draft.scheduledFor.trim() ? "invalid_time" : "required" });
    return;
  }
  const ahead = at.getTime() - Date.now();
  if (ahead < SCHEDULE_MIN_MS) ctx.addIssue({ code: "custom", path: ["scheduledFor"], message: "too_soon" });
  else if (ahead > SCHEDULE_MAX_MS) ctx.addIssue({ code: "custom", path: ["scheduledFor"], message: "too_far" });
}

/**
 * Compose an announcement: one course, English and/or Burmese (each language title + message;
 * Zawgyi converted to Unicode), at least one channel, now or at a Myanmar-time moment between
 * 5 minutes and 30 days ahead.
 */
export const createAnnouncementInput = z
  .object({
    courseId: z.uuid("required"),
    titleEn: title().default(""),
    bodyEn: body().default(""),
    titleMy: title().default(""),
    bodyMy: body().default(""),
    channels: z
      .array(z.enum(ANNOUNCEMENT_CHANNELS, "invalid_channel"))
      .min(1, "channel_required")
      .max(ANNOUNCEMENT_CHANNELS.length)
      .overwrite((list) => [...new Set(list)]),
    when: z.enum(["now", "schedule"]).default("now"),
    /** "YYYY-MM-DDTHH:mm" in Myanmar time; read only when `when` is "schedule". */
    scheduledFor: z.string().max(32).default(""),
  })
  .superRefine(checkDraft);
export type CreateAnnouncementInput = z.input<typeof createAnnouncementInput>;
export type CreateAnnouncementValues = z.output<typeof createAnnouncementInput>;

export const announcementIdInput = z.object({ announcementId: z.uuid("required") });
export type AnnouncementIdInput = z.input<typeof announcementIdInput>;

export const recipientPreviewInput = z.object({ courseId: z.uuid("required") });

/** The composer's date picker limits in Myanmar time: they only guide the browser; the schema decides. */
export function scheduleBounds(now = new Date()): { min: string; max: string } {
  // A minute of slack on the minimum, for the time it takes to fill in the rest of the form.
  return { min: toMyanmarLocal(new Date(now.getTime() + SCHEDULE_MIN_MS + 60_000)), max: toMyanmarLocal(new Date(now.getTime() + SCHEDULE_MAX_MS)) };
}
