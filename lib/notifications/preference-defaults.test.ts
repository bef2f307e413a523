import { describe, expect, it } from "vitest";
import { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { enabledByDefault, isChannelEnabled, PREFERENCE_DEFAULTS } from "./preference-defaults";

const KINDS = Object.values(NotificationKind);
const CHANNELS = Object.values(NotificationChannel);

describe("notification preference defaults (policy S2)", () => {
  it("answers for every kind on every channel", () => {
    expect(Object.keys(PREFERENCE_DEFAULTS).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(Object.keys(PREFERENCE_DEFAULTS[kind]).sort()).toEqual([...CHANNELS].sort());
  });

  it("course announcements: in-app and push on, Telegram only while linked, email and SMS off", () => {
    const unlinked = { telegramLinked: false };
    const linked = { telegramLinked: true };
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "IN_APP", unlinked)).toBe(true);
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "PUSH", unlinked)).toBe(true);
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "TELEGRAM", unlinked)).toBe(false);
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "TELEGRAM", linked)).toBe(true);
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "EMAIL", linked)).toBe(false);
    expect(enabledByDefault("COURSE_ANNOUNCEMENT", "SMS", linked)).toBe(false);
  });

  it("never sends SMS, and never Telegram to an unlinked person, by default", () => {
    for (const kind of KINDS) {
      expect(enabledByDefault(kind, "SMS", { telegramLinked: true })).toBe(false);
      expect(enabledByDefault(kind, "TELEGRAM", { telegramLinked: false })).toBe(false);
      // The in-app inbox is where every kind can always be read.
      expect(enabledByDefault(kind, "IN_APP", { telegramLinked: false })).toBe(true);
    }
  });

  it("a person's own choice wins over the default, both ways", () => {
    expect(isChannelEnabled("COURSE_ANNOUNCEMENT", "PUSH", { explicit: false, telegramLinked: false })).toBe(false);
    expect(isChannelEnabled("COURSE_ANNOUNCEMENT", "EMAIL", { explicit: true, telegramLinked: false })).toBe(true);
    expect(isChannelEnabled("COURSE_ANNOUNCEMENT", "TELEGRAM", { explicit: false, telegramLinked: true })).toBe(false);
    expect(isChannelEnabled("COURSE_ANNOUNCEMENT", "PUSH", { explicit: undefined, telegramLinked: false })).toBe(true);
  });
});
