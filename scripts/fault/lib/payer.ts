import { randomInt } from "node:crypto";
import type pg from "pg";
import { parseEnv } from "../../../lib/config/parse-env.ts";
import { buildDingerCallback } from "../../../lib/commerce/providers/dinger/callback-crypto.ts";
import { formatDingerTime } from "../../../lib/commerce/providers/dinger/callback-result.ts";
import { newMmOrderId, sandboxNotifyCallback } from "../../../lib/commerce/providers/kbzpay/sandbox-gateway.ts";
import { eventPayload, sessionEvent, signedDelivery, stripeId } from "../../../lib/commerce/providers/stripe/sandbox-events.ts";

export type Provider = "stripe" | "dinger" | "kbzpay";
export type Delivery = { provider: Provider; reference: string; url: string; body: string; headers: Record<string, string> };

type SandboxRow = { id: string; checkout_id: string; amount: number; currency: "MMK" | "USD"; status: string; transaction_id: string | null; request: Record<string, unknown>; created_at: Date };

// The secrets the app runs with: the same parse, so the demo defaults match byte for byte.
const secrets = parseEnv({ ...process.env, APP_MODE: "demo", DATABASE_URL: "embedded" });

/**
 * Plays the payer and the provider for one pending order: the provider's sandbox record is settled
 * as paid (what the sandbox page's Pay button does, in the same table), and the callback is built
 * and signed as the provider sends it (see callbackOf). Null when the order has no pending sandbox
 * payment (its checkout never started, or it was settled already).
 */
export async function settleAsPaid(client: pg.Client, base: string, provider: Provider, reference: string, now = new Date()): Promise<(() => Delivery) | null> {
  const { rows } = await client.query<SandboxRow>(`${SELECT_ROW} ORDER BY created_at DESC LIMIT 1`, [provider.toUpperCase(), reference]);
  const row = rows[0];
  if (!row || row.status !== "PENDING") return null;
  const transactionId =
    provider === "stripe" ? stripeId("pi_")
    : provider === "kbzpay" ? newMmOrderId("app", now)
    : `TRX${String(randomInt(1_000_000)).padStart(6, "0")}${formatDingerTime(now).replace(" ", "")}`;
  const extra =
    provider === "dinger" ? { settlement: { transactionStatus: "SUCCESS", providerName: "KBZ Pay", methodName: "PWA", createdAt: formatDingerTime(now) } }
    : provider === "stripe" ? { lastEventPayload: eventPayload(sessionEvent("checkout.session.completed", stripeFacts(row, reference, transactionId, now), { created: Math.floor(now.getTime() / 1000) })) }
    : {};
  const settled = await client.query(
    "UPDATE sandbox_payments SET status = 'PAID', transaction_id = $2, request = request || $3::jsonb, updated_at = now() WHERE id = $1 AND status = 'PENDING'",
    [row.id, transactionId, JSON.stringify(extra)],
  );
  if (settled.rowCount !== 1) return null;
  return callbackOf({ ...row, status: "PAID", transaction_id: transactionId, request: { ...row.request, ...extra } }, base, provider, reference, now);
}

/**
 * The provider's retry of a callback that was never acknowledged: rebuilt from the PAID sandbox
 * record alone (as the sandbox's "send again" does). Null when the provider has no paid record.
 */
export async function retryCallback(client: pg.Client, base: string, provider: Provider, reference: string): Promise<Delivery | null> {
  const { rows } = await client.query<SandboxRow>(`${SELECT_ROW} AND status = 'PAID' ORDER BY created_at DESC LIMIT 1`, [provider.toUpperCase(), reference]);
  const row = rows[0];
  return row ? callbackOf(row, base, provider, reference, new Date())() : null;
}

const SELECT_ROW =
  'SELECT id, checkout_id, amount, currency, status, transaction_id, request, created_at FROM sandbox_payments WHERE provider = $1::"PaymentProvider" AND merchant_reference = $2';

function stripeFacts(row: SandboxRow, reference: string, paymentIntentId: string, now: Date) {
  const session = (row.request.session ?? {}) as { success_url?: string; expires_at?: number };
  return {
    checkoutId: row.checkout_id,
    reference,
    amount: row.amount,
    currency: row.currency,
    paymentIntentId,
    created: Math.floor(row.created_at.getTime() / 1000),
    expiresAt: session.expires_at ?? Math.floor(now.getTime() / 1000) + 1800,
    returnUrl: session.success_url ?? "",
    state: "paid" as const,
  };
}

/**
 * The callback of a PAID sandbox record, signed or encrypted as its provider sends it, with the
 * sandboxes' own builders and the configured secret. A Stripe retry is the same event with a fresh
 * signature; a Dinger or KBZPay retry is the same bytes.
 */
function callbackOf(row: SandboxRow, base: string, provider: Provider, reference: string, now: Date): () => Delivery {
  const url = `${base}/api/webhooks/${provider}`;
  const transactionId = row.transaction_id ?? "";
  if (provider === "stripe") {
    const payload = typeof row.request.lastEventPayload === "string" ? row.request.lastEventPayload : eventPayload(sessionEvent("checkout.session.completed", stripeFacts(row, reference, transactionId, now), { created: Math.floor(now.getTime() / 1000) }));
    return () => ({ provider, reference, url, ...signedDelivery(payload, secrets.STRIPE_WEBHOOK_SECRET) });
  }
  if (provider === "dinger") {
    const settlement = row.request.settlement as { transactionStatus: string; providerName: string; methodName: string; createdAt: string };
    const { body } = buildDingerCallback({ totalAmount: row.amount, ...settlement, merchantOrderId: reference, customerName: "MMSO student", transactionId }, secrets.DINGER_CALLBACK_KEY);
    return () => ({ provider, reference, url, body, headers: { "content-type": "application/json" } });
  }
  const credentials = { appId: secrets.KBZPAY_APP_ID, merchCode: secrets.KBZPAY_MERCHANT_CODE, appKey: secrets.KBZPAY_APP_KEY };
  const callback = sandboxNotifyCallback({ merchantReference: reference, transactionId, amount: row.amount, currency: row.currency, status: "PAID", request: row.request as never }, credentials, now);
  return () => ({ provider, reference, url, ...callback });
}
