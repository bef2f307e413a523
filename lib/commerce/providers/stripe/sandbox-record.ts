import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma, SandboxPayment } from "@/lib/generated/prisma/client";
import type { CheckoutOrder } from "../types";
import { checkoutSessionParams } from "./checkout-params";
import type { SessionFacts } from "./sandbox-events";

/**
 * What the Stripe sandbox keeps in SandboxPayment.request: the session parameters exactly as
 * MMSO sent them (they carry no personal data: reference, amount, course title, return URLs), the
 * refunds made through the sandbox's refunds API, and the last event delivered, byte for byte, so
 * that "send again" repeats it as Stripe's retries do (same id and body, fresh signature).
 */
const stripeSandboxRequest = z.object({
  session: z.looseObject({
    client_reference_id: z.string(),
    success_url: z.string(),
    cancel_url: z.string(),
    expires_at: z.number().int(),
    line_items: z.array(z.object({ price_data: z.object({ product_data: z.object({ name: z.string() }) }) })).min(1),
  }),
  refunds: z.array(z.object({ id: z.string(), amount: z.number().int(), created: z.number().int(), idempotencyKey: z.string() })).default([]),
  lastEventPayload: z.string().nullable().default(null),
});
export type StripeSandboxRequest = z.infer<typeof stripeSandboxRequest>;

export function newSandboxRequest(order: CheckoutOrder, now: Date): Prisma.InputJsonObject {
  const request = { session: checkoutSessionParams(order, now), refunds: [], lastEventPayload: null };
  return JSON.parse(JSON.stringify(request)) as Prisma.InputJsonObject;
}

export function readSandboxRequest(payment: Pick<SandboxPayment, "request">): StripeSandboxRequest {
  return stripeSandboxRequest.parse(payment.request);
}

export async function writeSandboxRequest(id: string, request: StripeSandboxRequest): Promise<void> {
  await db.sandboxPayment.update({ where: { id }, data: { request: JSON.parse(JSON.stringify(request)) as Prisma.InputJsonObject } });
}

/** The sandbox record as the Checkout Session Stripe would have. */
export function sessionFacts(payment: SandboxPayment, request: StripeSandboxRequest): SessionFacts {
  return {
    checkoutId: payment.checkoutId,
    reference: payment.merchantReference,
    amount: payment.amount,
    currency: payment.currency,
    paymentIntentId: payment.transactionId,
    created: Math.floor(payment.createdAt.getTime() / 1000),
    expiresAt: request.session.expires_at,
    returnUrl: request.session.success_url,
    state:
      payment.status === "PAID" || payment.status === "REFUNDED" ? "paid"
      : payment.status === "FAILED" ? "unpaid"
      : payment.status === "PENDING" ? "open"
      : "expired",
  };
}
