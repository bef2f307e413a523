import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { linkTelegramEndpoint, unlinkTelegramEndpoint } from "@/lib/api/telegram-endpoints";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { getMeEndpoint } from "@/lib/api/me-endpoints";

describe("Telegram endpoints in the OpenAPI document", () => {
  it("validate as OpenAPI 3.1 and show the widget fields and the link on the profile", async () => {
    const document = buildOpenApiDocument([getMeEndpoint, linkTelegramEndpoint, unlinkTelegramEndpoint], "https://mmso.example");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 2)).toBe(true);
    expect(Object.keys(document.paths?.["/api/v1/me/telegram"] ?? {}).sort()).toEqual(["delete", "post"]);
    const schemas = document.components?.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(Object.keys(schemas.TelegramLoginWidgetData?.properties ?? {}).sort()).toEqual(["auth_date", "first_name", "hash", "id", "last_name", "photo_url", "username"]);
    expect(schemas.Profile?.properties).toHaveProperty("telegram");
  });
});
