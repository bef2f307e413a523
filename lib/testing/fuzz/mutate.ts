import fc from "fast-check";
import { arbitraryFromSchema, resolveRef, type JsonSchema, type SchemaContext } from "./json-schema-arbitrary";
import { hostileValue, protoPayload } from "./hostile-values";

type Path = (string | number)[];
type Site = { path: Path; schema: JsonSchema };

/** Every place in `value` (down to 4 levels) with the schema that governs it. */
export function sitesOf(value: unknown, schema: JsonSchema, ctx: SchemaContext, path: Path = []): Site[] {
  const resolved = resolveRef(schema, ctx.root);
  const sites: Site[] = [{ path, schema: resolved }];
  if (path.length >= 4) return sites;
  if (Array.isArray(value)) {
    value.forEach((item, i) => sites.push(...sitesOf(item, resolved.items ?? {}, ctx, [...path, i])));
  } else if (value && typeof value === "object") {
    for (const [key, propSchema] of Object.entries(resolved.properties ?? {})) {
      sites.push(...sitesOf((value as Record<string, unknown>)[key], propSchema, ctx, [...path, key]));
    }
  }
  return sites;
}

/** Values just inside and just outside a schema's limits. */
export function boundaryValues(schema: JsonSchema): unknown[] {
  const out: unknown[] = [];
  if (schema.maxLength !== undefined) out.push("a".repeat(schema.maxLength), "a".repeat(schema.maxLength + 1), "မ".repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined) out.push("a".repeat(schema.minLength), "a".repeat(Math.max(0, schema.minLength - 1)));
  for (const bound of [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum]) {
    if (bound !== undefined) out.push(bound - 1, bound, bound + 1, bound + 0.5);
  }
  if (schema.maxItems !== undefined) out.push(Array.from({ length: schema.maxItems + 1 }, () => ({})));
  if (schema.minItems !== undefined) out.push([]);
  if (schema.enum) out.push(String(schema.enum[0]).toUpperCase() + " ", `${String(schema.enum[0])}x`);
  return out.length > 0 ? out : [null];
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(root);
  let cursor = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path[path.length - 1] as string | number] = replacement;
  return copy;
}

function deleteAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy: unknown = structuredClone(root);
  let cursor = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  delete cursor[path[path.length - 1] as string | number];
  return copy;
}

// "text" twice: storage-hostile text that passes validation finds the bugs the others cannot.
const MUTATIONS = ["hostile", "text", "text", "boundary", "drop", "extra", "proto", "wrap"] as const;

/** Text a schema accepts but a database or a search may not: NUL, lone surrogates, LIKE and regex metacharacters. */
const STORAGE_HOSTILE = ["a\u0000b", "\u0000", "x\ud800", "%_\\", "(.*){1,99}", "ျမန္မာ 🇲🇲", "'\"`;--", "\u200b\u200d"];

/**
 * A valid-shaped value with one defect: a field replaced by a hostile or boundary value, a field
 * dropped, unknown or prototype keys added, or the whole value wrapped in an array.
 */
export function mutatedFromSchema(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<unknown> {
  return fc
    .record({
      valid: arbitraryFromSchema(schema, ctx),
      mutation: fc.constantFrom(...MUTATIONS),
      pick: fc.nat(),
      hostile: hostileValue,
      extraKey: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("id", "userId", "role", "status", "centerId", "amount", "paidAt")),
    })
    .map(({ valid, mutation, pick, hostile, extraKey }) => {
      const sites = sitesOf(valid, schema, ctx);
      const site = sites[pick % sites.length] as Site;
      switch (mutation) {
        case "hostile":
          return setAt(valid, site.path, hostile);
        case "text": {
          // Only where a string is expected, so the value passes validation and reaches the database.
          const strings = sites.filter((s) => s.schema.type === "string" && !s.schema.format && !s.schema.enum && !s.schema.pattern);
          const target = strings[pick % Math.max(1, strings.length)];
          return target ? setAt(valid, target.path, STORAGE_HOSTILE[pick % STORAGE_HOSTILE.length]) : valid;
        }
        case "boundary": {
          const options = boundaryValues(site.schema);
          return setAt(valid, site.path, options[pick % options.length]);
        }
        case "drop":
          return deleteAt(valid, site.path);
        case "extra":
          return valid && typeof valid === "object" && !Array.isArray(valid) ? { ...valid, [extraKey]: hostile } : { [extraKey]: valid };
        case "proto":
          return protoPayload(valid && typeof valid === "object" && !Array.isArray(valid) ? (valid as Record<string, unknown>) : { value: valid });
        case "wrap":
          return [valid, valid];
      }
    });
}
