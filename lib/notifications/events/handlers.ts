import "server-only";
import type { OutboxHandlers } from "@/lib/outbox/types";
import { notifyFollowersOfCourse } from "./follower-events";
import { notifyLiveClassCancelled, notifyLiveClassReminder } from "./live-class-events";
import { notifyOrderReceipt, notifyOrderRefund } from "./order-events";
import { notifyRefundRejected, notifyRefundRequested } from "./refund-events";
import { notifySecurityAlert } from "./security-events";

/**
 * The events that become notifications: each loads what it needs, decides who is told, and writes
 * the fan-out with `notifyUsers` in one transaction (deterministic keys: a re-run writes nothing new).
 */
export const NOTIFICATION_EVENT_HANDLERS: OutboxHandlers = {
  "order.receipt": notifyOrderReceipt,
  "order.refund": notifyOrderRefund,
  "refund.requested": notifyRefundRequested,
  "refund.rejected": notifyRefundRejected,
  "live_class.reminder": notifyLiveClassReminder,
  "live_class.cancelled": notifyLiveClassCancelled,
  "course.published.followers": notifyFollowersOfCourse,
  "account.security_alert": notifySecurityAlert,
};
