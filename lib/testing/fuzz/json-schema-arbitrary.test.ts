import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endpoints } from "@/lib/api/endpoints";
import { arbitraryFromSchema } from "./json-schema-arbitrary";
import { mutatedFromSchema } from "./mutate";
import { toJsonSchema } from "./request-case";

const parts = endpoints.flatMap((spec) =>
  (["params", "query", "headers", "body"] as const).flatMap((part) => (spec[part] ? [[`${spec.operationId}.${part}`, spec[part]] as const] : [])),
);

describe("arbitraries derived from the endpoints' zod schemas", () => {
  it.each(parts)("%s: valid-shaped values mostly pass the schema, mutated ones mostly fail", (_name, schema) => {
    const root = toJsonSchema(schema);
    const ctx = { root, knownIds: [] };
    const valid = fc.sample(arbitraryFromSchema(root, ctx), { numRuns: 40, seed: 42 });
    const passing = valid.filter((v) => schema.safeParse(v).success).length;
    // Refinements JSON Schema cannot carry (exactly one of phone/email, a live date) reject a few.
    expect(passing).toBeGreaterThanOrEqual(valid.length / 2);
    const mutated = fc.sample(mutatedFromSchema(root, ctx), { numRuns: 40, seed: 42 });
    expect(mutated.filter((v) => !schema.safeParse(v).success).length).toBeGreaterThan(0);
  });
});
