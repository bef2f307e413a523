import fc from "fast-check";
import { burmeseText } from "./hostile-values";

/** The subset of JSON Schema (draft 2020-12) that `z.toJSONSchema` emits for our input schemas. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

export type SchemaContext = {
  /** The document `$ref`s resolve against. */
  root: JsonSchema;
  /** Ids of rows that exist: a uuid is drawn from here half of the time, so valid inputs reach real rows. */
  knownIds: readonly string[];
};

// Field names whose free-text schema hides a real format (refinements do not reach JSON Schema).
const NAMED_FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  phone: () => fc.oneof(fc.stringMatching(/^\+959[0-9]{7,9}$/), fc.stringMatching(/^09[0-9]{7,9}$/)),
  email: () => fc.emailAddress({ size: "small" }),
  // A push token in the path: its schema is a transform, which JSON Schema does not show.
  token: () => fc.string({ unit: fc.constantFrom(..."abcXYZ019_:-"), minLength: 8, maxLength: 64 }),
};

/** Sign-in bodies take exactly one of `phone` and `email` (a refinement JSON Schema cannot carry). */
const EXCLUSIVE_FIELDS = [["phone", "email"]] as const;

const DAY_MS = 86_400_000;

/** Resolves a local `$ref` (`#/$defs/Name`), the only kind zod emits. */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.replace(/^#\/\$defs\//, "");
    current = root.$defs?.[name] ?? {};
  }
  return current;
}

/**
 * Values shaped like the schema: most satisfy it (unless a refinement that JSON Schema cannot
 * express says otherwise), so a fuzz run gets past validation into the endpoint's own code.
 */
export function arbitraryFromSchema(input: JsonSchema, ctx: SchemaContext, fieldName?: string): fc.Arbitrary<unknown> {
  const schema = resolveRef(input, ctx.root);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFromSchema(s, ctx, fieldName)));
  if (schema.allOf?.[0]) return arbitraryFromSchema({ ...schema.allOf[0], ...schema, allOf: undefined }, ctx, fieldName);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFromSchema({ ...schema, type }, ctx, fieldName)));
  switch (types[0]) {
    case "object":
      return objectArbitrary(schema, ctx);
    case "array":
      return fc.array(arbitraryFromSchema(schema.items ?? {}, ctx), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 8, Math.max(8, schema.minItems ?? 0)),
      });
    case "string":
      return stringArbitrary(schema, ctx, fieldName);
    case "integer":
      return integerBetween(lowerBound(schema, 1, -1e9), upperBound(schema, 1, 1e9));
    case "number":
      return fc.double({ min: lowerBound(schema, 0, -1e9), max: upperBound(schema, 0, 1e9), noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const fields = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, arbitraryFromSchema(s, ctx, key)]));
  const exclusive = EXCLUSIVE_FIELDS.find((group) => group.every((key) => key in properties));
  const record = fc
    .tuple(fc.record(fields, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) }), fc.nat())
    .map(([value, pick]) => (exclusive ? keepOneOf(value, exclusive, pick) : value));
  if (typeof schema.additionalProperties !== "object") return record;
  const extra = fc.dictionary(
    schema.propertyNames ? (arbitraryFromSchema({ type: "string", ...schema.propertyNames }, ctx) as fc.Arbitrary<string>) : fc.string({ maxLength: 16 }),
    arbitraryFromSchema(schema.additionalProperties, ctx),
    { maxKeys: 5 },
  );
  return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...known }));
}

function keepOneOf(value: Record<string, unknown>, group: readonly string[], pick: number): Record<string, unknown> {
  const kept = group[pick % group.length] as string;
  const out = { ...value };
  for (const key of group) if (key !== kept) delete out[key];
  if (out[kept] === undefined) out[kept] = kept === "email" ? "student@example.com" : "+959791234567";
  return out;
}

function stringArbitrary(schema: JsonSchema, ctx: SchemaContext, fieldName?: string): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, 64);
  if (schema.format === "uuid") {
    const fresh = fc.uuid({ version: [4, 7] });
    return ctx.knownIds.length > 0 ? fc.oneof(fc.constantFrom(...ctx.knownIds), fresh) : fresh;
  }
  if (schema.format === "date-time") {
    const now = Date.now();
    // Recent past: event times are accepted within the last 7 days (boundary mutations go further).
    return fc.date({ min: new Date(now - 6 * DAY_MS), max: new Date(now - 1000), noInvalidDate: true }).map((d) => d.toISOString());
  }
  if (schema.format === "email") return fc.emailAddress({ size: "small" });
  if (schema.pattern) {
    // `^[class]+$` with length bounds: join single characters so the bounds hold.
    const repeated = /^\^(\[[^\]]+\])\+\$$/.exec(schema.pattern);
    if (repeated) return fc.string({ unit: fc.stringMatching(new RegExp(`^${repeated[1]}$`)), minLength, maxLength: Math.min(maxLength, 200) });
    return fc.stringMatching(new RegExp(schema.pattern), { maxLength: schema.maxLength });
  }
  const named = fieldName ? NAMED_FORMATS[fieldName] : undefined;
  if (named) return named();
  const cap = Math.min(maxLength, Math.max(minLength, 64));
  return fc.oneof(fc.string({ minLength, maxLength: cap }), burmeseText(minLength, cap));
}

/** fc.integer stops at 32 bits; ids such as Telegram's go up to 2^53. */
function integerBetween(min: number, max: number): fc.Arbitrary<number> {
  const int32 = 2 ** 31 - 1;
  if (min >= -int32 && max <= int32) return fc.integer({ min, max });
  return fc.oneof(fc.integer({ min: Math.max(min, -int32), max: Math.min(max, int32) }), fc.constantFrom(min, max));
}

function lowerBound(schema: JsonSchema, step: number, fallback: number): number {
  if (schema.exclusiveMinimum !== undefined) return schema.exclusiveMinimum + (step || Number.EPSILON);
  return schema.minimum ?? fallback;
}

function upperBound(schema: JsonSchema, step: number, fallback: number): number {
  if (schema.exclusiveMaximum !== undefined) return schema.exclusiveMaximum - (step || Number.EPSILON);
  return Math.min(schema.maximum ?? fallback, Number.MAX_SAFE_INTEGER);
}
