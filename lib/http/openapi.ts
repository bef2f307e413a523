import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { EndpointSpec } from "./endpoint";
import { ERROR_STATUS, type ErrorCode } from "./errors";

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Machine code, e.g. validation_failed, not_found." }),
      message: z.string().meta({ description: "Human text in the language of Accept-Language." }),
      details: z.unknown().optional().meta({ description: "For validation_failed: [{ path, code, message }]." }),
      requestId: z.string(),
    }),
  })
  .meta({ id: "Error" });

function errorsOf(spec: EndpointSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors ?? []);
  if (spec.params || spec.query || spec.body) codes.add("validation_failed");
  if (spec.body) ["invalid_json", "payload_too_large"].forEach((c) => codes.add(c as ErrorCode));
  if (spec.upload) ["unsupported_media_type", "payload_too_large", "validation_failed"].forEach((c) => codes.add(c as ErrorCode));
  if (spec.access !== "public") codes.add("unauthorized");
  if (spec.rateLimit) codes.add("rate_limited");
  codes.add("unavailable");
  return [...codes];
}

function operation(spec: EndpointSpec): ZodOpenApiOperationObject {
  const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
    [String(spec.successStatus ?? 200)]:
      spec.successStatus === 204
        ? { description: "No content" }
        : { description: "Success", content: { "application/json": { schema: spec.response } } },
  };
  for (const code of errorsOf(spec)) {
    const status = String(ERROR_STATUS[code]);
    const existing = responses[status];
    responses[status] = {
      description: existing ? `${existing.description}, ${code}` : code,
      content: { "application/json": { schema: errorBody } },
    };
  }
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: spec.tags,
    security: spec.access === "public" ? [] : spec.access === "optional" ? [{}, { bearer: [] }] : [{ bearer: [] }],
    requestParams: {
      ...(spec.params ? { path: spec.params as never } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.headers ? { header: spec.headers as never } : {}),
    },
    ...(spec.body ? { requestBody: { content: { "application/json": { schema: spec.body } } } } : {}),
    ...(spec.upload
      ? {
          requestBody: {
            content: Object.fromEntries(
              spec.upload.contentTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]),
            ),
          },
        }
      : {}),
    responses: responses as ZodOpenApiOperationObject["responses"],
  };
}

/** The OpenAPI 3.1 document of the mobile API, generated from the endpoint specs. */
export function buildOpenApiDocument(endpoints: readonly EndpointSpec[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of endpoints) {
    paths[spec.path] = { ...(paths[spec.path] ?? {}), [spec.method]: operation(spec) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "MMSO mobile API",
      version: "1.0.0",
      description:
        "The API of the MMSO mobile app. JSON in and out; errors as {error:{code,message,details?,requestId}}; " +
        "lists as {items,nextCursor} with ?cursor=&limit= (max 100); money as {amount (integer, whole kyat for MMK), currency}; " +
        "Accept-Language: my | en.",
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  });
}
