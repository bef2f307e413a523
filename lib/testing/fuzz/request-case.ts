import fc from "fast-check";
import { z } from "zod";
import type { EndpointSpec } from "@/lib/http/endpoint";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/read-body";
import { arbitraryFromSchema, resolveRef, type JsonSchema, type SchemaContext } from "./json-schema-arbitrary";
import { CONTENT_TYPES, MALFORMED_JSON, hostileString, hostileValue } from "./hostile-values";
import { mutatedFromSchema } from "./mutate";

/** One generated request: what `callRoute` needs, plus a label saying which kind of case it is. */
export type FuzzRequest = {
  kind: string;
  url: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body?: string | Uint8Array;
};

type Part = { kind: string; value: unknown };

const PATH_HOSTILE = ["../../etc/passwd", "..%2F..%2Fsecret", "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "%", "."];

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** HTTP header values are byte strings without control characters: keep hostile text sendable. */
export const headerSafe = (value: unknown) => String(value).replace(/[^\x20-\x7e\xa0-\xff]/g, "?").trim();

/** `arbitrary` once in `every` cases, otherwise undefined. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Valid-shaped (weight `valid`) or defective values of one request part. */
function partArbitrary(schema: z.ZodType | undefined, ctx: (root: JsonSchema) => SchemaContext, valid = 5): fc.Arbitrary<Part> {
  if (!schema) return fc.constant({ kind: "none", value: undefined });
  const root = toJsonSchema(schema);
  const c = ctx(root);
  return fc.oneof(
    { weight: valid, arbitrary: arbitraryFromSchema(root, c).map((value) => ({ kind: "valid", value })) },
    { weight: 5, arbitrary: mutatedFromSchema(root, c).map((value) => ({ kind: "mutated", value })) },
    { weight: 1, arbitrary: hostileValue.map((value) => ({ kind: "hostile", value })) },
  );
}

const asString = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value) ?? "undefined");

function paramsArbitrary(spec: EndpointSpec, ctx: (root: JsonSchema) => SchemaContext): fc.Arbitrary<Part> {
  if (!spec.params) return fc.constant({ kind: "none", value: {} });
  const names = Object.keys(resolveRef(toJsonSchema(spec.params), toJsonSchema(spec.params)).properties ?? {});
  const hostileParam = fc.oneof(hostileString, fc.constantFrom(...PATH_HOSTILE));
  return fc.oneof(
    { weight: 6, arbitrary: partArbitrary(spec.params, ctx, 10) },
    { weight: 3, arbitrary: fc.record(Object.fromEntries(names.map((n) => [n, hostileParam]))).map((value) => ({ kind: "hostile-path", value })) },
  );
}

function queryArbitrary(spec: EndpointSpec, ctx: (root: JsonSchema) => SchemaContext): fc.Arbitrary<{ kind: string; entries: [string, string][] }> {
  return fc
    .record({
      part: partArbitrary(spec.query, ctx),
      duplicate: fc.boolean(),
      junk: fc.array(fc.tuple(fc.oneof(fc.constantFrom("limit[]", "cursor[0]", "__proto__", "q", "limit"), fc.string({ maxLength: 8 })), hostileString.map(asString)), { maxLength: 2 }),
    })
    .map(({ part, duplicate, junk }) => {
      const value = part.value;
      const entries: [string, string][] =
        value && typeof value === "object" && !Array.isArray(value)
          ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, asString(v)])
          : value === undefined
            ? []
            : [["value", asString(value)]];
      if (duplicate && entries[0]) entries.push([entries[0][0], "-1"], [entries[0][0], entries[0][1]]);
      entries.push(...junk);
      return { kind: `query:${part.kind}${duplicate ? "+dup" : ""}${junk.length ? "+junk" : ""}`, entries };
    });
}

function bodyArbitrary(spec: EndpointSpec, ctx: (root: JsonSchema) => SchemaContext): fc.Arbitrary<{ kind: string; body?: string | Uint8Array; contentType?: string }> {
  const max = spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (spec.upload) {
    const types = spec.upload.contentTypes;
    return fc.oneof(
      fc.record({ kind: fc.constant("upload:random-bytes"), body: fc.uint8Array({ maxLength: 4096 }), contentType: fc.constantFrom(...types) }),
      fc.record({ kind: fc.constant("upload:fake-header"), body: fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), contentType: fc.constantFrom(...types) }),
      fc.record({ kind: fc.constant("upload:wrong-type"), body: fc.constant("{}"), contentType: fc.constantFrom("application/json", "text/plain", "image/svg+xml", "") }),
      fc.record({ kind: fc.constant("upload:empty"), body: fc.constant(""), contentType: fc.constantFrom(...types) }),
      fc.constant({ kind: "upload:oversized", body: new Uint8Array(max + 1), contentType: types[0] }),
    );
  }
  if (!spec.body) {
    if (spec.method === "get") return fc.constant({ kind: "no-body" });
    return fc.oneof(fc.constant({ kind: "no-body" }), fc.constant({ kind: "unexpected-body", body: "{\"x\":", contentType: "application/json" }));
  }
  const json = partArbitrary(spec.body, ctx).map((part) => ({ kind: `body:${part.kind}`, body: JSON.stringify(part.value), contentType: "application/json" }));
  return fc.oneof(
    { weight: 12, arbitrary: json },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((body) => ({ kind: "body:malformed", body, contentType: "application/json" })) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("body:content-type"), body: json.map((j) => j.body), contentType: fc.constantFrom(...CONTENT_TYPES) }) },
    { weight: 1, arbitrary: json.map((j) => ({ kind: "body:no-content-type", body: j.body })) },
    { weight: 1, arbitrary: fc.constant({ kind: "body:oversized", body: JSON.stringify({ pad: "x".repeat(max + 1) }), contentType: "application/json" }) },
    { weight: 1, arbitrary: fc.constant({ kind: "body:empty", body: "", contentType: "application/json" }) },
    { weight: 1, arbitrary: fc.constant({ kind: "body:invalid-utf8", body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), contentType: "application/json" }) },
  );
}

function headersArbitrary(spec: EndpointSpec, ctx: (root: JsonSchema) => SchemaContext): fc.Arbitrary<Part> {
  const own = partArbitrary(spec.headers, ctx);
  return fc
    .record({
      own,
      language: sometimes(fc.oneof(fc.constantFrom("my", "en", "my-MM,en;q=0.5", "*", "zz"), hostileString), 2),
      etag: sometimes(fc.oneof(fc.constant("*"), hostileString), 6),
      lyingLength: sometimes(fc.constantFrom("999999999", "-1", "abc", "0"), 10),
    })
    .map(({ own, language, etag, lyingLength }) => {
      const value = own.value && typeof own.value === "object" && !Array.isArray(own.value) ? (own.value as Record<string, unknown>) : {};
      const headers: Record<string, string> = Object.fromEntries(
        Object.entries(value)
          .map(([k, v]) => [k, headerSafe(v)])
          .filter(([k]) => /^[a-z0-9-]+$/.test(k ?? "")),
      );
      if (language !== undefined) headers["accept-language"] = headerSafe(language);
      if (etag !== undefined) headers["if-none-match"] = headerSafe(etag);
      if (lyingLength !== undefined) headers["content-length"] = lyingLength;
      return { kind: own.kind, value: headers };
    });
}

/** Requests for one endpoint: valid-shaped, boundary and hostile, in every part the spec reads. */
export function requestArbitrary(spec: EndpointSpec, knownIds: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const ctx = (root: JsonSchema): SchemaContext => ({ root, knownIds });
  return fc
    .record({ params: paramsArbitrary(spec, ctx), query: queryArbitrary(spec, ctx), headers: headersArbitrary(spec, ctx), body: bodyArbitrary(spec, ctx) })
    .map(({ params, query, headers, body }) => {
      const paramValues =
        params.value && typeof params.value === "object" && !Array.isArray(params.value)
          ? Object.fromEntries(Object.entries(params.value as Record<string, unknown>).map(([k, v]) => [k, asString(v)]))
          : {};
      // A lone surrogate cannot be percent-encoded; the handler still receives it raw in `params`.
      const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((paramValues[name] ?? "").toWellFormed()));
      const search = new URLSearchParams(query.entries).toString();
      const allHeaders = { ...(headers.value as Record<string, string>) };
      if (body.contentType) allHeaders["content-type"] = body.contentType;
      // A GET cannot carry a body; a lying Content-Length would only confuse the Request constructor.
      if (body.body === undefined) delete allHeaders["content-length"];
      return {
        kind: [`params:${params.kind}`, query.kind, `headers:${headers.kind}`, body.kind].join(" "),
        url: search ? `${path}?${search}` : path,
        params: paramValues,
        headers: allHeaders,
        ...(body.body === undefined ? {} : { body: body.body }),
      };
    });
}
