import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { OutboxHandler } from "@/lib/outbox/types";
import { notifyUsers } from "../notify-users";
import { formatWhen, notifyTranslator, parsePayload } from "./event-helpers";

const securityAlert = z.object({
  userId: z.uuid(),
  event: z.enum(["new_sign_in", "refresh_token_reuse"]),
  platform: z.string().max(40).nullish(),
  at: z.iso.datetime({ offset: true }),
});

const PLATFORMS = new Set(["ios", "android", "web"]);

/**
 * `account.security_alert` {userId, event, platform?, at}: a new sign-in, or the reuse of a
 * revoked refresh token (every session was revoked), told to the account's owner. Security alerts
 * cannot be turned off on in-app, push and email (preference-defaults.ts, LOCKED).
 */
export const notifySecurityAlert: OutboxHandler = async (job) => {
  const alert = parsePayload(securityAlert, job);
  const at = new Date(alert.at);
  const platform = alert.platform?.toLowerCase() ?? "";
  await db.$transaction((tx) =>
    notifyUsers(tx, {
      kind: "ACCOUNT_SECURITY",
      recipients: [alert.userId],
      render: (locale) => {
        const t = notifyTranslator(locale);
        const time = formatWhen(at, locale);
        return alert.event === "new_sign_in"
          ? { title: t("security.newSignInTitle"), body: t("security.newSignInBody", { time, platform: PLATFORMS.has(platform) ? platform : "other" }) }
          : { title: t("security.reuseTitle"), body: t("security.reuseBody", { time }) };
      },
      data: { event: alert.event },
      // The row's own key names the session (lib/auth/security-alert.ts): one alert per sign-in.
      keyPrefix: `account.security_alert:${job.idempotencyKey}`,
    }),
  );
};
