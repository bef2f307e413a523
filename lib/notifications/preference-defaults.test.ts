import { describe, expect, it } from "vitest";
import { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { enabledByDefault, isChannelEnabled, isLocked, LOCKED, PREFERENCE_DEFAULTS } from "./preference-defaults";

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

describe("locked pairs: security alerts cannot be turned off (issue 7)", () => {
  it("locks security alerts in-app, by push and by email, and nothing else", () => {
    expect([...LOCKED].sort()).toEqual(["ACCOUNT_SECURITY:EMAIL", "ACCOUNT_SECURITY:IN_APP", "ACCOUNT_SECURITY:PUSH"]);
    expect(isLocked("ACCOUNT_SECURITY", "IN_APP")).toBe(true);
    expect(isLocked("ACCOUNT_SECURITY", "TELEGRAM")).toBe(false);
    expect(isLocked("ACCOUNT_SECURITY", "SMS")).toBe(false);
    expect(isLocked("COURSE_ANNOUNCEMENT", "IN_APP")).toBe(false);
  });

  it("every locked pair is on by default, so a lock only ever overrides an explicit false", () => {
    for (const kind of KINDS) {
      for (const channel of CHANNELS) {
        if (isLocked(kind, channel)) expect(PREFERENCE_DEFAULTS[kind][channel]).toBe("on");
      }
    }
  });

  it("a locked pair stays enabled whatever the person chose; an unlocked one follows the choice", () => {
    for (const telegramLinked of [false, true]) {
      expect(isChannelEnabled("ACCOUNT_SECURITY", "EMAIL", { explicit: false, telegramLinked })).toBe(true);
      expect(isChannelEnabled("ACCOUNT_SECURITY", "PUSH", { explicit: false, telegramLinked })).toBe(true);
      expect(isChannelEnabled("ACCOUNT_SECURITY", "IN_APP", { explicit: undefined, telegramLinked })).toBe(true);
    }
    expect(isChannelEnabled("ACCOUNT_SECURITY", "TELEGRAM", { explicit: false, telegramLinked: true })).toBe(false);
    expect(isChannelEnabled("ACCOUNT_SECURITY", "TELEGRAM", { explicit: true, telegramLinked: true })).toBe(true);
  });
});
