import "server-only";
import type { z } from "zod";
import { resolveBearer } from "@/lib/auth/resolve-bearer";
import type { Actor } from "@/lib/auth/actor";
import { describeError, log } from "@/lib/log";
import type { EndpointInput, EndpointResult, EndpointSpec } from "./endpoint";
import { AppError } from "./errors";
import { toFieldErrors } from "./field-errors";
import { toAppError } from "./map-error";
import { enforceRateLimit } from "./rate-limit";
import { readBodyBytes, readJsonBody } from "./read-body";
import { requestOrigin } from "./request-ip";
import { requestContext, type RequestContext } from "./request-context";
import { errorResponse, jsonTextResponse } from "./respond";
import { rateLimitKeyForIp } from "./client-ip";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type HandlerArgs<E extends EndpointSpec> = EndpointInput<E> &
  RequestContext & {
    actor: E["access"] extends "user" ? Actor : Actor | null;
    req: Request;
  };

/**
 * Turns an endpoint spec and its implementation into a Next route handler: request id →
 * authentication → rate limit → zod parsing of params, query and body → the implementation →
 * the response schema (which strips anything the DTO does not declare) → JSON, or the
 * contract's error shape for whatever was thrown.
 */
export function handle<const E extends EndpointSpec>(
  spec: E,
  implementation: (args: HandlerArgs<E>) => Promise<EndpointResult<E>>,
) {
  // A result object served again (from the public read cache) was already checked against the
  // response schema and serialised: reuse that text instead of validating and stringifying again.
  const serialised = new WeakMap<object, string>();
  const toBody = (result: unknown): string => {
    const memo = typeof result === "object" && result !== null ? serialised.get(result) : undefined;
    if (memo !== undefined) return memo;
    const text = JSON.stringify(spec.response.parse(result));
    if (typeof result === "object" && result !== null) serialised.set(result, text);
    return text;
  };
  return async function routeHandler(req: Request, route: RouteContext): Promise<Response> {
    const ctx = requestContext(req);
    try {
      const actor = await authenticate(req, spec);
      if (spec.rateLimit) await enforceRateLimit(spec.rateLimit, actor?.userId ?? clientKey(req));
      const params = parse(spec.params, await route.params, "params");
      const query = parse(spec.query, Object.fromEntries(new URL(req.url).searchParams), "query");
      const body = spec.body ? parse(spec.body, await readJsonBody(req, spec.maxBodyBytes), "body") : undefined;
      const upload = spec.upload ? await readUpload(req, spec) : undefined;
      const args = { params, query, body, upload, actor, req, ...ctx } as HandlerArgs<E>;
      const result = await implementation(args);
      // Anything answered for a signed-in caller is personal: no shared or browser cache may keep it.
      const privacy: Record<string, string> = actor ? { "cache-control": "no-store" } : {};
      if (spec.successStatus === 204) return new Response(null, { status: 204, headers: { "x-request-id": ctx.requestId, ...privacy } });
      return jsonTextResponse(toBody(result), spec.successStatus ?? 200, ctx, privacy);
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      if (unexpected) log.error("api.unexpected_error", { requestId: ctx.requestId, route: spec.operationId, ...describeError(error) });
      return errorResponse(appError, ctx);
    }
  };
}

function parse<S extends z.ZodType | undefined>(schema: S, input: unknown, where: "params" | "query" | "body") {
  if (!schema) return undefined;
  const result = schema.safeParse(input ?? (where === "body" ? undefined : {}));
  if (!result.success) throw new AppError("validation_failed", { details: toFieldErrors(result.error, where) });
  return result.data;
}

async function readUpload(req: Request, spec: EndpointSpec): Promise<Uint8Array> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!spec.upload?.contentTypes.includes(type)) throw new AppError("unsupported_media_type");
  return readBodyBytes(req, spec.maxBodyBytes);
}

async function authenticate(req: Request, spec: EndpointSpec): Promise<Actor | null> {
  if (spec.access === "public") return null;
  const header = req.headers.get("authorization");
  if (!header) {
    if (spec.access === "user") throw new AppError("unauthorized");
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const actor = match?.[1] ? await resolveBearer(match[1]) : null;
  if (!actor) throw new AppError("unauthorized");
  return actor;
}

/** Anonymous callers are limited by their address as lib/http/client-ip determines it. */
function clientKey(req: Request): string {
  const ip = requestOrigin(req.headers).ip;
  return `ip:${ip ? rateLimitKeyForIp(ip) : "unknown"}`;
}
