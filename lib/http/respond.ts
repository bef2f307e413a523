import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { AppError } from "./errors";
import type { RequestContext } from "./request-context";

const NO_STORE = { "cache-control": "no-store" };

export function jsonResponse(body: unknown, status: number, ctx: RequestContext, headers: HeadersInit = {}) {
  return Response.json(body, {
    status,
    headers: { "x-request-id": ctx.requestId, "content-language": ctx.locale, ...headers },
  });
}

/** A JSON body that is already serialised and encoded. */
export function jsonBytesResponse(bytes: Uint8Array<ArrayBuffer>, status: number, ctx: RequestContext, headers: Record<string, string> = {}) {
  return new Response(bytes, {
    status,
    headers: {
      "content-type": "application/json",
      "content-length": String(bytes.byteLength),
      "x-request-id": ctx.requestId,
      "content-language": ctx.locale,
      ...headers,
    },
  });
}

/** 304 Not Modified: the client's copy (named by its ETag) is current. */
export function notModified(ctx: RequestContext, headers: Record<string, string>) {
  return new Response(null, { status: 304, headers: { "x-request-id": ctx.requestId, "content-language": ctx.locale, ...headers } });
}

/** The contract's error shape, with the message in the request's language and the request id. */
export function errorResponse(error: AppError, ctx: RequestContext) {
  const t = createTranslator({ locale: ctx.locale, messages: messagesFor(ctx.locale), namespace: "apiErrors" });
  const message = error.hasCustomMessage ? error.message : t(error.code);
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.retryAfterSeconds !== undefined) headers["retry-after"] = String(Math.ceil(error.retryAfterSeconds));
  const body = {
    error: {
      code: error.code,
      message,
      ...(error.details === undefined ? {} : { details: error.details }),
      requestId: ctx.requestId,
    },
  };
  return jsonResponse(body, error.status, ctx, headers);
}
