import type { z } from "zod";
import type { ErrorCode } from "./errors";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * Who may call an endpoint: `public` ignores tokens, `optional` personalises when a valid token
 * is sent (an invalid one is still a 401), `user` requires one.
 */
export type Access = "public" | "optional" | "user";

export type RateLimitRule = {
  /** Name of the bucket, e.g. "catalog.search". */
  bucket: string;
  limit: number;
  windowSeconds: number;
  /**
   * "shared" (the default): one exact count across instances, a database write per request.
   * "batched": counted in memory and added to the same shared table about once a second, no round
   * trip per request; with N instances a window admits at most limit + (N − 1) × ⌈limit / 10⌉.
   * Only for generous limits on cheap reads, never for security counters (ADR 0043).
   */
  counted?: "shared" | "batched";
};

/**
 * One endpoint of the mobile API as data: the route handler and the OpenAPI document are both
 * made from it, so the published contract cannot drift from the code.
 */
export type EndpointSpec = {
  method: HttpMethod;
  /** OpenAPI form, e.g. `/api/v1/courses/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Request headers the endpoint reads (keys lower-case), e.g. `idempotency-key`. */
  headers?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  successStatus?: 200 | 201 | 202 | 204;
  /** Errors the endpoint documents besides the ones every endpoint can give. */
  errors?: ErrorCode[];
  maxBodyBytes?: number;
  /** A binary upload instead of a JSON body: accepted media types; the bytes arrive as `upload`. */
  upload?: { contentTypes: string[] };
  rateLimit?: RateLimitRule;
};

export function defineEndpoint<const E extends EndpointSpec>(spec: E): E {
  return spec;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type EndpointInput<E extends EndpointSpec> = {
  params: Out<E["params"]>;
  query: Out<E["query"]>;
  headers: Out<E["headers"]>;
  body: Out<E["body"]>;
  upload: E["upload"] extends { contentTypes: string[] } ? Uint8Array : undefined;
};

export type EndpointResult<E extends EndpointSpec> = z.input<E["response"]>;
