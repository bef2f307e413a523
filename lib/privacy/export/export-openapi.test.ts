import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { endpoints } from "@/lib/api/endpoints";
import { exportMyDataEndpoint } from "@/lib/api/export-endpoints";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { capped, ROWS_PER_SECTION, type ExportContext } from "./export-context";

describe("policy S6: export in the API contract", () => {
  // Built with the export endpoint whether or not lib/api/endpoints.ts lists it yet.
  const all = endpoints.includes(exportMyDataEndpoint) ? endpoints : [...endpoints, exportMyDataEndpoint];
  const document = buildOpenApiDocument(all, "http://localhost:3000");

  it("policy S6: export is documented and the OpenAPI document still validates", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 2)).toBe(true);
    const operation = document.paths?.["/api/v1/me/export"]?.get;
    expect(operation?.operationId).toBe("exportMyData");
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "404", "429"]));
    expect(document.components?.schemas).toHaveProperty("DataExport");
  });
});

describe("policy S6: export row limits", () => {
  it("policy S6: export caps each section and says which ones it cut", () => {
    const ctx = { truncated: new Set() } as unknown as ExportContext;
    const rows = Array.from({ length: ROWS_PER_SECTION + 1 }, (_, i) => i);
    expect(capped(ctx, "orders", rows.slice(0, ROWS_PER_SECTION))).toHaveLength(ROWS_PER_SECTION);
    expect(ctx.truncated.size).toBe(0);
    expect(capped(ctx, "usageEvents", rows)).toEqual(rows.slice(0, ROWS_PER_SECTION));
    expect([...ctx.truncated]).toEqual(["usageEvents"]);
  });
});
