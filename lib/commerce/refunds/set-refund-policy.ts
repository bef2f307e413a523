import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { unicodeText } from "@/lib/text/unicode-schema";
import { currentRefundTerms, STANDARD_REFUND_TERMS } from "./refund-policy";

const MAX_TERMS = 5000;

/** Terms text in one language: Unicode (Zawgyi converted), trimmed; empty means "not written". */
const termsText = () =>
  unicodeText()
    .trim()
    .max(MAX_TERMS)
    .nullish()
    .transform((value) => (value ? value : null));

// The platform's published policy is a floor every center's terms keep (a center "may offer more
// generous terms", never less): at least its window, and a progress limit at least its own (or none).
export const REFUND_TERMS_FLOOR = STANDARD_REFUND_TERMS;

export const setRefundPolicyInput = z
  .object({
    /** Days from payment during which a refund may be made: at least the platform's 7. */
    refundWindowDays: z.number().int().min(0).max(365),
    /** Refunds only while the buyer's course progress is below this percentage (at least 20); null: no limit. */
    maxProgressPercent: z.number().int().min(0).max(100).nullable(),
    termsEn: termsText(),
    termsMy: termsText(),
  })
  .superRefine((terms, ctx) => {
    if (terms.refundWindowDays < REFUND_TERMS_FLOOR.refundWindowDays) {
      ctx.addIssue({ code: "too_small", origin: "number", minimum: REFUND_TERMS_FLOOR.refundWindowDays, inclusive: true, input: terms.refundWindowDays, path: ["refundWindowDays"], message: "below_platform_floor" });
    }
    if (terms.maxProgressPercent !== null && terms.maxProgressPercent < REFUND_TERMS_FLOOR.maxProgressPercent) {
      ctx.addIssue({ code: "too_small", origin: "number", minimum: REFUND_TERMS_FLOOR.maxProgressPercent, inclusive: true, input: terms.maxProgressPercent, path: ["maxProgressPercent"], message: "below_platform_floor" });
    }
  });
export type SetRefundPolicyInput = z.input<typeof setRefundPolicyInput>;

export type RefundPolicyDto = {
  id: string | null;
  refundWindowDays: number;
  maxProgressPercent: number | null;
  termsEn: string | null;
  termsMy: string | null;
  effectiveAt: string | null;
  /** True when the center has published none: the platform's standard terms apply. */
  standard: boolean;
};

/**
 * A center admin publishes new refund terms (`refund_policy.update`), effective at once; terms less
 * generous than the platform's (REFUND_TERMS_FLOOR) are refused (422 with field paths). Each
 * publication is a new row: orders keep the terms they were sold under (Order.refundPolicyId),
 * and only orders placed from now on get these.
 */
export async function setRefundPolicy(access: CenterAccess, input: SetRefundPolicyInput, client?: ClientInfo): Promise<RefundPolicyDto> {
  requirePermission(access, "refund_policy.update");
  const terms = setRefundPolicyInput.parse(input);
  const { centerId } = centerScope(access);
  const policy = await db.$transaction(async (tx) => {
    const created = await tx.centerRefundPolicy.create({ data: { centerId, ...terms, effectiveAt: new Date() } });
    await logActivity(tx, {
      action: "refund_policy.published",
      actorUserId: access.userId,
      centerId,
      targetType: "refund_policy",
      targetId: created.id,
      client,
      metadata: { refundWindowDays: created.refundWindowDays, maxProgressPercent: created.maxProgressPercent },
    });
    return created;
  });
  return {
    id: policy.id,
    refundWindowDays: policy.refundWindowDays,
    maxProgressPercent: policy.maxProgressPercent,
    termsEn: policy.termsEn,
    termsMy: policy.termsMy,
    effectiveAt: policy.effectiveAt.toISOString(),
    standard: false,
  };
}

/** The terms the center sells under now, for any of its staff (they are public on course pages). */
export async function getRefundPolicy(access: CenterAccess, now = new Date()): Promise<RefundPolicyDto> {
  requirePermission(access, "center.read");
  const terms = await currentRefundTerms(centerScope(access).centerId, now);
  const id = "id" in terms && typeof terms.id === "string" ? terms.id : null;
  return {
    id,
    refundWindowDays: terms.refundWindowDays,
    maxProgressPercent: terms.maxProgressPercent,
    termsEn: terms.termsEn,
    termsMy: terms.termsMy,
    effectiveAt: terms.effectiveAt?.toISOString() ?? null,
    standard: terms.standard,
  };
}
