import type { PaymentOutcome } from "../types";

export const TRADE_STATUSES = ["PAY_SUCCESS", "WAIT_PAY", "PAYING", "PAY_FAILED", "ORDER_CLOSED", "ORDER_EXPIRED"] as const;
export type TradeStatus = (typeof TRADE_STATUSES)[number];

const OUTCOME: Record<TradeStatus, PaymentOutcome> = {
  PAY_SUCCESS: "SUCCEEDED",
  WAIT_PAY: "PENDING",
  PAYING: "PENDING",
  PAY_FAILED: "FAILED",
  ORDER_CLOSED: "CANCELLED",
  ORDER_EXPIRED: "EXPIRED",
};

export function isTradeStatus(value: unknown): value is TradeStatus {
  return typeof value === "string" && (TRADE_STATUSES as readonly string[]).includes(value);
}

/** KBZPay's trade_status as our payment outcome. */
export function outcomeOf(status: TradeStatus): PaymentOutcome {
  return OUTCOME[status];
}

/**
 * An amount as KBZPay writes it ("15000", "15000.00", "1000.50") in the platform unit (whole
 * kyat). A fractional kyat stays fractional, so it can never equal an order's whole total.
 */
export function parseKbzAmount(text: string): number | null {
  if (!/^\d{1,15}(\.\d{1,2})?$/.test(text)) return null;
  return Number(text);
}

/** Myanmar Standard Time, in which KBZPay writes calendar times. */
const MYANMAR_OFFSET = "+06:30";

/**
 * A KBZPay time: Unix seconds ("1561104451"), milliseconds, `yyyyMMddHHmmss` or
 * `yyyy-MM-dd HH:mm:ss` (Myanmar time); null when it is none of these.
 */
export function parseKbzTime(text: string | undefined): Date | null {
  if (!text) return null;
  if (/^\d{10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{13}$/.test(text)) return new Date(Number(text));
  const m = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${MYANMAR_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
