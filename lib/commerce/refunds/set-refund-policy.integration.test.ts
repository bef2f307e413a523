import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { toFieldErrors } from "@/lib/http/field-errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { addStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { refundOrder } from "./refund-order";
import { getRefundPolicy, setRefundPolicy } from "./set-refund-policy";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

// Typed in Zawgyi (the legacy font encoding), stored as Unicode.
const BURMESE_TERMS = "မြန်မာစာ သင်ခန်းစာ";

describe("center refund policy", () => {
  it("publishes new terms as a new row, effective now, logged; the page reads the newest, the standard ones before any", async () => {
    const shop = await createShop();
    const owner = await addStaff(shop.center.id, "OWNER");
    const access = await getCenterAccess(owner.actor, shop.center.id);
    expect(await getRefundPolicy(access)).toMatchObject({ id: null, refundWindowDays: 7, maxProgressPercent: 20, standard: true, effectiveAt: null });

    const first = await setRefundPolicy(access, { refundWindowDays: 14, maxProgressPercent: 30, termsEn: "  Two weeks.  ", termsMy: unicodeToZawgyi(BURMESE_TERMS) }, testClient());
    expect(first).toMatchObject({ refundWindowDays: 14, maxProgressPercent: 30, termsEn: "Two weeks.", termsMy: BURMESE_TERMS, standard: false });
    expect(new Date(first.effectiveAt!).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await getRefundPolicy(access)).toEqual(first);

    const log = await db.activityLog.findFirstOrThrow({ where: { centerId: shop.center.id, action: "refund_policy.published" } });
    expect(log).toMatchObject({ actorUserId: owner.user.id, targetType: "refund_policy", targetId: first.id, ip: "203.0.113.7", metadata: { refundWindowDays: 14, maxProgressPercent: 30 } });

    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await setRefundPolicy(access, { refundWindowDays: 7, maxProgressPercent: null, termsEn: "", termsMy: null });
    expect(second).toMatchObject({ refundWindowDays: 7, maxProgressPercent: null, termsEn: null, termsMy: null });
    expect(await db.centerRefundPolicy.count({ where: { centerId: shop.center.id } })).toBe(2);
    expect((await getRefundPolicy(access)).id).toBe(second.id);
  });

  it("keeps the terms an order was sold under: new, stricter terms do not apply to it", async () => {
    const shop = await createShop({ priceAmount: 20_000 });
    const owner = await addStaff(shop.center.id, "ADMIN");
    const access = await getCenterAccess(owner.actor, shop.center.id);
    const generous = await setRefundPolicy(access, { refundWindowDays: 30, maxProgressPercent: null });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "dinger" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundPolicyId).toBe(generous.id);
    expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total, provider: "DINGER" }))).status).toBe("applied");

    await new Promise((resolve) => setTimeout(resolve, 5));
    await setRefundPolicy(access, { refundWindowDays: 7, maxProgressPercent: 20 });
    expect(await refundOrder(access, { orderId: order.id, reason: "Sold under 30 days", manualReference: "DG-1" })).toMatchObject({ orderStatus: "REFUNDED" });
  });

  it("refuses terms less generous than the platform's (under 7 days, or a progress limit under 20%) with field paths", async () => {
    const shop = await createShop();
    const owner = await addStaff(shop.center.id, "OWNER");
    const access = await getCenterAccess(owner.actor, shop.center.id);
    const paths = async (input: Parameters<typeof setRefundPolicy>[1]) =>
      setRefundPolicy(access, input).then(
        () => [],
        (error: unknown) => (error instanceof ZodError ? toFieldErrors(error, "body").map((issue) => `${issue.path}:${issue.code}:${issue.message}`) : [String(error)]),
      );
    expect(await paths({ refundWindowDays: 6, maxProgressPercent: 20 })).toEqual(["body.refundWindowDays:too_small:below_platform_floor"]);
    expect(await paths({ refundWindowDays: 0, maxProgressPercent: 0 })).toEqual(["body.refundWindowDays:too_small:below_platform_floor", "body.maxProgressPercent:too_small:below_platform_floor"]);
    expect(await paths({ refundWindowDays: 30, maxProgressPercent: 19 })).toEqual(["body.maxProgressPercent:too_small:below_platform_floor"]);
    expect(await db.centerRefundPolicy.count({ where: { centerId: shop.center.id } })).toBe(0);
    // The floor itself, and anything more generous, is accepted.
    expect(await setRefundPolicy(access, { refundWindowDays: 7, maxProgressPercent: 20 })).toMatchObject({ refundWindowDays: 7, maxProgressPercent: 20 });
    expect(await setRefundPolicy(access, { refundWindowDays: 8, maxProgressPercent: null })).toMatchObject({ refundWindowDays: 8, maxProgressPercent: null });
  });

  it("refuses terms out of range, and anyone without refund_policy.update; another center's staff never reach it", async () => {
    const shop = await createShop();
    const admin = await addStaff(shop.center.id, "ADMIN");
    const access = await getCenterAccess(admin.actor, shop.center.id);
    for (const input of [
      { refundWindowDays: -1, maxProgressPercent: null },
      { refundWindowDays: 366, maxProgressPercent: null },
      { refundWindowDays: 7, maxProgressPercent: 101 },
      { refundWindowDays: 7.5, maxProgressPercent: 20 },
      { refundWindowDays: 7, maxProgressPercent: 20, termsEn: "x".repeat(5001) },
    ]) {
      await expect(setRefundPolicy(access, input)).rejects.toBeInstanceOf(ZodError);
    }

    const instructor = await addStaff(shop.center.id, "INSTRUCTOR");
    const instructorAccess = await getCenterAccess(instructor.actor, shop.center.id);
    expect(await code(setRefundPolicy(instructorAccess, { refundWindowDays: 30, maxProgressPercent: null }))).toBe("forbidden");
    expect((await getRefundPolicy(instructorAccess)).standard).toBe(true);
    const operator = await createPlatformAdmin();
    expect(await code(setRefundPolicy(await getCenterAccess(operator.actor, shop.center.id), { refundWindowDays: 30, maxProgressPercent: null }))).toBe("forbidden");

    const other = await createShop();
    const stranger = await addStaff(other.center.id, "OWNER");
    expect(await code(getCenterAccess(stranger.actor, shop.center.id))).toBe("not_found");
    await setRefundPolicy(await getCenterAccess(stranger.actor, other.center.id), { refundWindowDays: 60, maxProgressPercent: null });
    expect(await getRefundPolicy(access)).toMatchObject({ standard: true });
    expect(await db.centerRefundPolicy.count({ where: { centerId: shop.center.id } })).toBe(0);
  });
});
