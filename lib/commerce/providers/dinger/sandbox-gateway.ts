import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma, SandboxPayment } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import {
  assertSandboxAvailable,
  deliverCallback,
  findSandboxPayment,
  settleSandboxPayment,
  type CallbackDelivery,
} from "../../sandbox/sandbox-payments";
import { buildDingerCallback } from "./callback-crypto";
import { formatDingerTime } from "./callback-result";
import type { DingerItem } from "./checkout-payload";
import { openCheckoutPayload, type OpenCheckoutFailure } from "./open-checkout-payload";
import type { DingerSandboxSettlement } from "./sandbox-checkout";
import { sandboxPrivateKey } from "./sandbox-keys";

/** The wallets and cards the sandbox offers (cosmetic: the callback names the one chosen). */
export const DINGER_SANDBOX_METHODS = [
  { id: "kbzpay", providerName: "KBZ Pay", methodName: "QR" },
  { id: "ayapay", providerName: "AYA Pay", methodName: "QR" },
  { id: "wavepay", providerName: "Wave Pay", methodName: "PIN" },
  { id: "mpu", providerName: "MPU", methodName: "OTP" },
] as const;
export type DingerSandboxMethod = (typeof DINGER_SANDBOX_METHODS)[number]["id"];
export const DINGER_SANDBOX_METHOD_IDS = ["kbzpay", "ayapay", "wavepay", "mpu"] as const satisfies readonly DingerSandboxMethod[];

/** The tester's buttons → the sandbox record's final state and the status Dinger's callback carries. */
const DECISIONS = {
  pay: { status: "PAID", transactionStatus: "SUCCESS" },
  decline: { status: "FAILED", transactionStatus: "DECLINED" },
  cancel: { status: "CANCELLED", transactionStatus: "CANCELLED" },
  expire: { status: "EXPIRED", transactionStatus: "TIMEOUT" },
} as const;
export type DingerSandboxDecision = keyof typeof DECISIONS;
export const DINGER_SANDBOX_DECISIONS = ["pay", "decline", "cancel", "expire"] as const satisfies readonly DingerSandboxDecision[];

/** The page's URL carries what Dinger's form receives; every action re-checks it. */
export type DingerSandboxRequest = { checkoutId: string; payload: string; hashValue: string };

export type DingerSandboxView =
  | { kind: "missing" }
  | { kind: "invalid"; reason: OpenCheckoutFailure | "not_this_payment" }
  | {
      kind: "ready";
      payment: Pick<SandboxPayment, "status" | "amount" | "currency" | "transactionId" | "callbackAttempts" | "lastCallbackStatus">;
      merchantName: string;
      projectName: string;
      reference: string;
      customerName: string;
      items: DingerItem[];
      /** Our order page (http/https only), where "back to the merchant" leads. */
      returnUrl: string | null;
      settlement: DingerSandboxSettlement | null;
    };

const storedRequest = z.object({
  returnUrl: z.string().optional(),
  settlement: z.object({ transactionStatus: z.string(), providerName: z.string(), methodName: z.string(), createdAt: z.string() }).optional(),
});

type Opened = { view: Extract<DingerSandboxView, { kind: "ready" }>; record: SandboxPayment };

/**
 * Plays Dinger's form: the record must exist, and the payload must decrypt with the demo private
 * key, carry a valid hashValue under DINGER_SECRET_KEY, have items summing to totalAmount, and
 * describe this very payment (reference and amount).
 */
async function open(request: DingerSandboxRequest): Promise<Opened | Exclude<DingerSandboxView, { kind: "ready" }>> {
  assertSandboxAvailable();
  const record = await findSandboxPayment("DINGER", request.checkoutId);
  if (!record) return { kind: "missing" };
  const opened = openCheckoutPayload(request, { privateKey: sandboxPrivateKey(), secretKey: env().DINGER_SECRET_KEY });
  if (!opened.ok) return { kind: "invalid", reason: opened.reason };
  const { fields, items } = opened;
  if (fields.merchantOrderId !== record.merchantReference || fields.totalAmount !== record.amount) return { kind: "invalid", reason: "not_this_payment" };
  const stored = storedRequest.safeParse(record.request);
  const returnUrl = stored.success ? safeHttpUrl(stored.data.returnUrl) : null;
  const view = {
    kind: "ready" as const,
    payment: {
      status: record.status,
      amount: record.amount,
      currency: record.currency,
      transactionId: record.transactionId,
      callbackAttempts: record.callbackAttempts,
      lastCallbackStatus: record.lastCallbackStatus,
    },
    merchantName: fields.merchantName,
    projectName: fields.projectName,
    reference: fields.merchantOrderId,
    customerName: fields.customerName,
    items,
    returnUrl,
    settlement: (stored.success && stored.data.settlement) || null,
  };
  return { view, record };
}

/** What the sandbox page shows for a checkout link. */
export async function loadDingerSandboxCheckout(request: DingerSandboxRequest): Promise<DingerSandboxView> {
  const opened = await open(request);
  return "view" in opened ? opened.view : opened;
}

export type DingerSandboxActionResult = { kind: "delivered"; delivery: CallbackDelivery } | { kind: "already_settled" } | { kind: "not_settled" } | { kind: "invalid" };

/**
 * The tester pays, declines, cancels or lets it expire: the record settles once (with a Dinger-like
 * transaction id), and the callback goes to our webhook over HTTP, encrypted with the configured
 * DINGER_CALLBACK_KEY exactly as Dinger would.
 */
export async function settleDingerSandboxCheckout(
  request: DingerSandboxRequest & { decision: DingerSandboxDecision; method: DingerSandboxMethod },
  now = new Date(),
): Promise<DingerSandboxActionResult> {
  const opened = await open(request);
  if (!("view" in opened)) return { kind: "invalid" };
  const decision = DECISIONS[request.decision];
  const method = DINGER_SANDBOX_METHODS.find((m) => m.id === request.method) ?? DINGER_SANDBOX_METHODS[0];
  let settled: SandboxPayment;
  try {
    settled = await settleSandboxPayment(opened.record.id, decision.status, newTransactionId(now));
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return { kind: "already_settled" };
    throw error;
  }
  const settlement: DingerSandboxSettlement = {
    transactionStatus: decision.transactionStatus,
    providerName: method.providerName,
    methodName: method.methodName,
    createdAt: formatDingerTime(now),
  };
  const stored = (settled.request && typeof settled.request === "object" && !Array.isArray(settled.request) ? settled.request : {}) as Prisma.JsonObject;
  await db.sandboxPayment.update({ where: { id: settled.id }, data: { request: { ...stored, settlement } } });
  return { kind: "delivered", delivery: await sendCallback(settled, settlement, opened.view.customerName) };
}

/** "Send the callback again": the same bytes as the first time (Dinger's retry), to test dedupe. */
export async function resendDingerSandboxCallback(request: DingerSandboxRequest): Promise<DingerSandboxActionResult> {
  const opened = await open(request);
  if (!("view" in opened)) return { kind: "invalid" };
  const { settlement } = opened.view;
  if (!settlement || !opened.record.transactionId) return { kind: "not_settled" };
  return { kind: "delivered", delivery: await sendCallback(opened.record, settlement, opened.view.customerName) };
}

function sendCallback(record: SandboxPayment, settlement: DingerSandboxSettlement, customerName: string): Promise<CallbackDelivery> {
  const callback = buildDingerCallback(
    {
      totalAmount: record.amount,
      createdAt: settlement.createdAt,
      transactionStatus: settlement.transactionStatus,
      methodName: settlement.methodName,
      merchantOrderId: record.merchantReference,
      customerName,
      transactionId: record.transactionId ?? "",
      providerName: settlement.providerName,
    },
    env().DINGER_CALLBACK_KEY,
  );
  return deliverCallback(record, { body: callback.body, headers: { "content-type": "application/json" } });
}

/** Like Dinger's "TRX312720215216085254": TRX, six random digits, then the Myanmar time. */
function newTransactionId(now: Date): string {
  return `TRX${String(randomInt(1_000_000)).padStart(6, "0")}${formatDingerTime(now).replace(" ", "")}`;
}

function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
