import { describe, expect, it } from "vitest";
import { buildFcmMessage } from "./build-fcm-message";
import type { ChannelMessage } from "@/lib/notifications/delivery/channel-sender";

const base: ChannelMessage = {
  userId: "u1",
  kind: "LIVE_CLASS_REMINDER",
  title: "တိုက်ရိုက်သင်ခန်းစာ",
  body: "Starts in 15 minutes",
  data: { liveClassId: "lc1", "google.sent_time": "x", from: "y" },
  idempotencyKey: "notification.deliver:n1:PUSH",
};

describe("buildFcmMessage", () => {
  it("builds a visible notification with string data, high priority, and a tag from the outbox key", () => {
    const message = buildFcmMessage(base, "tok-1");
    expect(message.token).toBe("tok-1");
    expect(message.notification).toEqual({ title: base.title, body: base.body });
    // FCM refuses reserved data keys for the whole message: they are dropped.
    expect(message.data).toEqual({ kind: "LIVE_CLASS_REMINDER", liveClassId: "lc1" });
    expect(message.android?.priority).toBe("high");
    expect(message.apns?.headers?.["apns-priority"]).toBe("10");
    const tag = message.android?.notification?.tag;
    expect(tag).toMatch(/^[0-9a-f]{32}$/);
    expect(message.apns?.headers?.["apns-collapse-id"]).toBe(tag);
    // The same notification sent again (a crash before settling) carries the same tag: it replaces, not duplicates.
    expect(buildFcmMessage(base, "tok-2").android?.notification?.tag).toBe(tag);
    expect(buildFcmMessage({ ...base, idempotencyKey: "other" }, "tok-1").android?.notification?.tag).not.toBe(tag);
  });

  it("cuts long texts at a grapheme boundary and keeps the payload under FCM's 4 KB", () => {
    const text = "ကြော်ငြာ 👩‍🏫 ".repeat(200);
    const message = buildFcmMessage({ ...base, body: text }, "t");
    const body = message.notification!.body!;
    expect(body.endsWith("…")).toBe(true);
    const kept = body.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The cut falls between grapheme clusters: segmenting the kept part alone gives the same clusters.
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const whole = [...segmenter.segment(text)].map((g) => g.segment);
    expect([...segmenter.segment(kept)].map((g) => g.segment)).toEqual(whole.slice(0, [...segmenter.segment(kept)].length));
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(4_096);
  });

  it("cuts by bytes too: 500 family emoji would pass a length limit and break FCM's 4 KB", () => {
    const family = "👨‍👩‍👧‍👦"; // 25 bytes, one grapheme
    const message = buildFcmMessage({ ...base, title: family.repeat(100), body: family.repeat(500) }, "t");
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(4_096);
    expect(message.notification!.body!.replace("…", "").length % family.length).toBe(0);
    expect(buildFcmMessage({ ...base, body: "short" }, "t").notification!.body).toBe("short");
  });
});
