import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import type { KbzCredentials } from "./credentials";
import { unwrapRequest } from "./notify-callback";
import { parseRawJson, type RawJson, type RawJsonObject } from "./raw-json";
import { kbzSign, verifyKbzSign } from "./sign";

/**
 * KBZPay's payment gateway (PGW) hosts, as KBZPay's merchant documentation and public client
 * libraries give them; operations are `<base>/precreate`, `<base>/queryorder`. Live mode uses
 * production; UAT is kept for testing against KBZPay's test gateway (it is plain HTTP there).
 */
export const KBZPAY_PRODUCTION_GATEWAY = "https://api.kbzpay.com/payment/gateway";
export const KBZPAY_UAT_GATEWAY = "http://api-uat.kbzpay.com/payment/gateway/uat";

/** A signed gateway request: the content of `{"Request":{…}}`. */
export type KbzRequest = { [key: string]: string | { [key: string]: string } };

/** 32 random alphanumeric characters (KBZPay: nonce_str ≤ 32, letters and digits). */
export function newNonce(): string {
  return randomBytes(16).toString("hex").toUpperCase();
}

/** Common fields + biz_content, signed with the app key (the key itself is never sent). */
export function signedRequest(input: {
  method: string;
  version: string;
  bizContent: Record<string, string>;
  credentials: KbzCredentials;
  notifyUrl?: string;
  now?: Date;
  nonce?: string;
}): KbzRequest {
  const request: KbzRequest = {
    timestamp: String(Math.floor((input.now ?? new Date()).getTime() / 1000)),
    ...(input.notifyUrl === undefined ? {} : { notify_url: input.notifyUrl }),
    method: input.method,
    nonce_str: input.nonce ?? newNonce(),
    sign_type: "SHA256",
    version: input.version,
    biz_content: input.bizContent,
  };
  return { ...request, sign: kbzSign(request, input.credentials.appKey) };
}

/**
 * Security-critical: a gateway answer is believed only when it is `result: SUCCESS, code: "0"` and
 * its own `sign` verifies under our app key (read from the raw text, numbers as written). Anything
 * else is a provider_error, logged with the operation and a reason, never the body.
 */
export function readGatewayResponse(text: string, appKey: string, operation: string): RawJsonObject {
  let parsed: RawJson;
  try {
    parsed = parseRawJson(text);
  } catch {
    throw gatewayError(operation, "malformed");
  }
  const fields = unwrapRequest(parsed, "Response");
  if (!fields) throw gatewayError(operation, "malformed");
  if (fields.result !== "SUCCESS" || fields.code !== "0") {
    throw gatewayError(operation, "refused", { code: typeof fields.code === "string" ? fields.code.slice(0, 32) : null });
  }
  if (fields.sign_type !== "SHA256" || !verifyKbzSign(fields, appKey)) throw gatewayError(operation, "signature");
  return fields;
}

export type GatewayOptions = { baseUrl: string; timeoutMs: number };

/** POSTs `{"Request":…}` to `<base>/<operation>` and returns the verified response fields. */
export async function callGateway(options: GatewayOptions, operation: string, request: KbzRequest, appKey: string): Promise<RawJsonObject> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${options.baseUrl}/${operation}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ Request: request }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch {
    // Network failure or timeout; the cause can carry the URL, so it is not kept.
    throw gatewayError(operation, "unreachable");
  }
  if (!response.ok) throw gatewayError(operation, "http_status", { status: response.status });
  return readGatewayResponse(text, appKey, operation);
}

function gatewayError(operation: string, reason: string, extra: Record<string, unknown> = {}): AppError {
  log.warn("kbzpay.gateway_failed", { operation, reason, ...extra });
  return new AppError("provider_error");
}
