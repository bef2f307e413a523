import "server-only";
import type { z } from "zod";
import { resolveBearer } from "@/lib/auth/resolve-bearer";
import type { Actor } from "@/lib/auth/actor";
import { describeError, log, withLogContext } from "@/lib/log";
import type { EndpointInput, EndpointResult, EndpointSpec } from "./endpoint";
import { AppError } from "./errors";
import { toFieldErrors } from "./field-errors";
import { findNulCharacter } from "./nul-characters";
import { toAppError } from "./map-error";
import { enforceRateLimit } from "./rate-limit";
import { readBodyBytes, readJsonBody } from "./read-body";
import { requestOrigin } from "./request-ip";
import { requestContext, type RequestContext } from "./request-context";
import { encodeBody, matchesEtag, type Body } from "./etag";
import { errorResponse, jsonBytesResponse, notModified } from "./respond";
import { rateLimitKeyForIp } from "./client-ip";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type HandlerArgs<E extends EndpointSpec> = EndpointInput<E> &
  RequestContext & {
    actor: E["access"] extends "user" ? Actor : Actor | null;
    req: Request;
  };

/**
 * Turns an endpoint spec and its implementation into a Next route handler: request id (and the
 * log context that puts it on every line) → authentication → rate limit → zod parsing of params,
 * query and body → the implementation → the response schema (which strips anything the DTO does
 * not declare) → JSON, or the contract's error shape for whatever was thrown.
 */
export function handle<const E extends EndpointSpec>(
  spec: E,
  implementation: (args: HandlerArgs<E>) => Promise<EndpointResult<E>>,
) {
  // A result object served again (from the public read cache) was already checked against the
  // response schema, serialised, encoded and hashed: reuse those bytes instead of doing it again.
  const serialised = new WeakMap<object, Body>();
  const toBody = (result: unknown): Body => {
    const memo = typeof result === "object" && result !== null ? serialised.get(result) : undefined;
    if (memo !== undefined) return memo;
    const body = encodeBody(JSON.stringify(spec.response.parse(result)));
    if (typeof result === "object" && result !== null) serialised.set(result, body);
    return body;
  };
  return async function routeHandler(req: Request, route: RouteContext): Promise<Response> {
    const ctx = requestContext(req);
    // Every line logged while this request runs, however deep in lib/, carries its id and route.
    return withLogContext({ requestId: ctx.requestId, route: spec.operationId }, () => respond(req, route, ctx));
  };

  async function respond(req: Request, route: RouteContext, ctx: RequestContext): Promise<Response> {
    try {
      const actor = await authenticate(req, spec);
      if (spec.rateLimit) await enforceRateLimit(spec.rateLimit, actor?.userId ?? clientKey(req));
      const params = parse(spec.params, await route.params, "params");
      const query = parse(spec.query, Object.fromEntries(new URL(req.url).searchParams), "query");
      // Copying every header costs on each request; only endpoints that declare headers need them.
      const headers = spec.headers ? parse(spec.headers, Object.fromEntries(req.headers), "headers") : undefined;
      const body = spec.body ? parse(spec.body, await readJsonBody(req, spec.maxBodyBytes), "body") : undefined;
      const upload = spec.upload ? await readUpload(req, spec) : undefined;
      const args = { params, query, headers, body, upload, actor, req, ...ctx } as HandlerArgs<E>;
      const result = await implementation(args);
      // Anything answered for a signed-in caller is personal: no shared or browser cache may keep it.
      const privacy: Record<string, string> = actor ? { "cache-control": "no-store" } : {};
      if (spec.successStatus === 204) return new Response(null, { status: 204, headers: { "x-request-id": ctx.requestId, ...privacy } });
      const out = toBody(result);
      // An anonymous read carries an ETag: a client revalidating with If-None-Match gets a bodiless
      // 304 when nothing changed (mobile data is dear in Myanmar). Never for personal answers.
      if (actor || spec.method !== "get") return jsonBytesResponse(out.bytes, spec.successStatus ?? 200, ctx, privacy);
      const validators = { etag: out.etag, vary: "accept-language, authorization" };
      if (matchesEtag(req.headers.get("if-none-match"), out.etag)) return notModified(ctx, validators);
      return jsonBytesResponse(out.bytes, spec.successStatus ?? 200, ctx, validators);
    } catch (error) {
      const { appError, unexpected } = toAppError(error);
      // A client that hung up (a timeout, an app sent to the background, a load test's round ending)
      // breaks its own request: nobody reads the answer, and no operator should be paged for it.
      if (req.signal.aborted) log.info("api.client_gone", { requestId: ctx.requestId, route: spec.operationId });
      else if (unexpected) log.error("api.unexpected_error", { requestId: ctx.requestId, route: spec.operationId, ...describeError(error) });
      return errorResponse(appError, ctx);
    }
  }
}

function parse<S extends z.ZodType | undefined>(schema: S, input: unknown, where: "params" | "query" | "headers" | "body") {
  if (!schema) return undefined;
  const nul = findNulCharacter(input, where);
  if (nul) throw new AppError("validation_failed", { details: [nul] });
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
