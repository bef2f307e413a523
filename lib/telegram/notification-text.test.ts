import { describe, expect, it } from "vitest";
import { escapeHtml, notificationText } from "./notification-text";

describe("notificationText", () => {
  it("bolds the title and escapes both parts", () => {
    expect(notificationText("Quiz <result>", 'You scored 9/10 & "passed" <b>x</b>')).toBe(
      "<b>Quiz &lt;result&gt;</b>\nYou scored 9/10 &amp; &quot;passed&quot; &lt;b&gt;x&lt;/b&gt;",
    );
    expect(notificationText("သင်တန်း", "အောင်မြင်ပါသည်")).toBe("<b>သင်တန်း</b>\nအောင်မြင်ပါသည်");
  });

  it("stays within Telegram's 4096 characters without cutting an entity in half", () => {
    const text = notificationText("T", "a".repeat(4080) + "&".repeat(100));
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text.endsWith("…")).toBe(true);
    expect(text.slice(0, -1)).toMatch(/(&amp;|a)$/);
    expect(escapeHtml("a&b")).toBe("a&amp;b");
  });
});
