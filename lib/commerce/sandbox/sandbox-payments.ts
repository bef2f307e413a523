import "server-only";
import { db } from "@/lib/db";
import { env, isProduction } from "@/lib/env";
import type { Prisma, SandboxPayment, SandboxPaymentStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import type { CurrencyCode, ProviderName } from "../providers/types";

/**
 * The sandbox gateways' shared record keeping (integrations.md: in demo mode a local stand-in plays
 * each provider's side byte for byte). A sandbox never pays by itself: only a tester acting on its
 * page moves a payment, and then the provider-specific code signs or encrypts the callback and
 * deliverCallback() POSTs it to our webhook over HTTP, as the provider would.
 */

/** Sandboxes exist in demo mode only; production mode answers 404 for all of them. */
export function assertSandboxAvailable(): void {
  if (isProduction()) throw new AppError("not_found");
}

/** Where a provider's sandbox sends its callbacks: our own webhook endpoint, reached over HTTP. */
export function webhookUrl(provider: ProviderName): string {
  return new URL(`/api/webhooks/${provider.toLowerCase()}`, env().APP_URL).toString();
}

/** The sandbox's pages live under /sandbox/<provider>/<checkoutId>. */
export function sandboxPageUrl(provider: ProviderName, checkoutId: string): string {
  return new URL(`/sandbox/${provider.toLowerCase()}/${encodeURIComponent(checkoutId)}`, env().APP_URL).toString();
}

export async function openSandboxPayment(input: {
  provider: ProviderName;
  merchantReference: string;
  checkoutId: string;
  amount: number;
  currency: CurrencyCode;
  request: Prisma.InputJsonValue;
}): Promise<SandboxPayment> {
  assertSandboxAvailable();
  return db.sandboxPayment.create({ data: { ...input, callbackUrl: webhookUrl(input.provider) } });
}

export async function findSandboxPayment(provider: ProviderName, checkoutId: string): Promise<SandboxPayment | null> {
  assertSandboxAvailable();
  return db.sandboxPayment.findUnique({ where: { provider_checkoutId: { provider, checkoutId } } });
}

/** The sandbox's newest record of a reference (what a provider's status query would answer). */
export async function findSandboxPaymentByReference(provider: ProviderName, merchantReference: string): Promise<SandboxPayment | null> {
  assertSandboxAvailable();
  return db.sandboxPayment.findFirst({ where: { provider, merchantReference }, orderBy: { createdAt: "desc" } });
}

/**
 * Moves a PENDING sandbox payment to its final state once (a second click gets `conflict`), with
 * the transaction id the provider would assign when money moved.
 */
export async function settleSandboxPayment(id: string, status: Exclude<SandboxPaymentStatus, "PENDING" | "REFUNDED">, transactionId: string | null): Promise<SandboxPayment> {
  assertSandboxAvailable();
  const { count } = await db.sandboxPayment.updateMany({ where: { id, status: "PENDING" }, data: { status, transactionId } });
  if (count === 0) throw new AppError("conflict");
  return db.sandboxPayment.findUniqueOrThrow({ where: { id } });
}

/** Records a refund the merchant asked the sandbox for (Stripe's refunds API in the sandbox). */
export async function refundSandboxPayment(id: string, amount: number): Promise<SandboxPayment> {
  assertSandboxAvailable();
  return db.$transaction(async (tx) => {
    const payment = await tx.sandboxPayment.findUniqueOrThrow({ where: { id } });
    if ((payment.status !== "PAID" && payment.status !== "REFUNDED") || payment.refundedAmount + amount > payment.amount) throw new AppError("conflict");
    const refundedAmount = payment.refundedAmount + amount;
    return tx.sandboxPayment.update({ where: { id }, data: { refundedAmount, status: refundedAmount === payment.amount ? "REFUNDED" : "PAID" } });
  });
}

export type CallbackDelivery = { status: number | null; body: string };

/**
 * POSTs a callback to our webhook over HTTP exactly as built by the provider's sandbox, and records
 * the attempt. Network failures are recorded, not thrown: the tester sees the result and can resend.
 */
export async function deliverCallback(
  payment: Pick<SandboxPayment, "id" | "callbackUrl">,
  request: { body: string; headers: Record<string, string> },
): Promise<CallbackDelivery> {
  assertSandboxAvailable();
  let delivery: CallbackDelivery;
  try {
    const res = await fetch(payment.callbackUrl, { method: "POST", body: request.body, headers: request.headers, signal: AbortSignal.timeout(15_000) });
    delivery = { status: res.status, body: (await res.text()).slice(0, 2000) };
  } catch (error) {
    log.warn("sandbox.callback_failed", { sandboxPaymentId: payment.id, ...describeError(error) });
    delivery = { status: null, body: "" };
  }
  await db.sandboxPayment.update({
    where: { id: payment.id },
    data: { callbackAttempts: { increment: 1 }, lastCallbackStatus: delivery.status, lastCallbackAt: new Date() },
  });
  return delivery;
}
