import { db } from "@/lib/db";
import type { DevicePlatform } from "@/lib/generated/prisma/enums";
import type { ChannelMessage } from "@/lib/notifications/delivery/channel-sender";
import { unique } from "./factories";

/**
 * A device token row for `userId`. Pass `prefix` from SANDBOX_TOKEN_ERRORS (e.g.
 * "sandbox-unregistered-") to make the push sandbox answer that FCM error for it.
 */
export async function createDevice(userId: string, options: { prefix?: string; platform?: DevicePlatform; sessionId?: string } = {}) {
  const token = `${options.prefix ?? "fcm-"}${unique("tok")}`;
  return db.deviceToken.create({
    data: { userId, token, platform: options.platform ?? "ANDROID", sessionId: options.sessionId ?? null },
  });
}

/** A push-ready notification for `userId` (already in their language, as notification.deliver builds it). */
export function pushMessage(userId: string, overrides: Partial<ChannelMessage> = {}): ChannelMessage {
  return {
    userId,
    kind: "COURSE_ANNOUNCEMENT",
    title: "သင်တန်းကြေညာချက်",
    body: "Class moves to 7 pm",
    data: { notificationId: "00000000-0000-7000-8000-000000000001" },
    idempotencyKey: unique("notification.deliver"),
    ...overrides,
  };
}
