import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { getOpenApiDocument } from "./openapi-document";
import { endpoints } from "./endpoints";

describe("OpenAPI document", () => {
  const document = getOpenApiDocument();

  it("validates as OpenAPI 3.1", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 2)).toBe(true);
  });

  it("documents every endpoint with its errors in the contract's shape", () => {
    for (const spec of endpoints) {
      const operation = document.paths?.[spec.path]?.[spec.method];
      expect(operation?.operationId).toBe(spec.operationId);
      expect(Object.keys(operation?.responses ?? {})).toContain(String(spec.successStatus ?? 200));
    }
    const list = document.paths?.["/api/v1/courses"]?.get;
    expect(Object.keys(list?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "422", "503"]));
    expect(document.components?.schemas).toHaveProperty("Error");
    expect(document.components?.schemas).toHaveProperty("CourseSummary");
  });
});
