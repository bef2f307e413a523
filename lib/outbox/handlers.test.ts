import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OUTBOX_HANDLERS } from "./handlers";

/** Every non-test TypeScript file under lib/ and app/. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "testing" ? [] : sources(file);
    return file.endsWith(".ts") && !file.includes(".test.") ? [file] : [];
  });
}

describe("the outbox handler registry", () => {
  it("has a handler for every kind the code writes", () => {
    const written = new Set<string>();
    for (const file of [...sources("lib"), ...sources("app")]) {
      const text = readFileSync(file, "utf8");
      // `kind: "resource.event"` in a file that writes the outbox, the `…_KIND = "…"` constants, and
      // the values of a feature's kinds.ts table.
      const pattern = file.endsWith("kinds.ts") ? /\b[a-z]+: "([a-z_]+\.[a-z_.]+)"/g : /(?:\bkind: |_KIND = )"([a-z_]+\.[a-z_.]+)"/g;
      if (!file.endsWith("kinds.ts") && !/enqueueOutbox|outboxMessage|_KIND = /.test(text)) continue;
      for (const match of text.matchAll(pattern)) written.add(match[1]!);
    }
    const missing = [...written].filter((kind) => !(kind in OUTBOX_HANDLERS));
    expect(written.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("covers the side effects of payments, refunds, live classes, follows, security, Telegram, Messenger and Zoom", () => {
    expect(Object.keys(OUTBOX_HANDLERS).sort()).toEqual(
      [
        "account.security_alert",
        "course.published.followers",
        "live_class.cancelled",
        "live_class.reminder",
        "media.delete",
        "messenger.send",
        "notification.deliver",
        "order.receipt",
        "order.refund",
        "refund.rejected",
        "refund.requested",
        "telegram.answer_join_request",
        "telegram.grant_course_access",
        "telegram.remove_lapsed_member",
        "telegram.remove_member",
        "telegram.revoke_course_access",
        "telegram.send_group_invite",
        "zoom.delete_meeting",
      ].sort(),
    );
  });
});
