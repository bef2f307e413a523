import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { getNotificationPreferencesEndpoint, updateNotificationPreferencesEndpoint } from "@/lib/api/notification-preference-endpoints";
import { buildOpenApiDocument } from "@/lib/http/openapi";

describe("notification preferences in the OpenAPI document", () => {
  const document = buildOpenApiDocument([getNotificationPreferencesEndpoint, updateNotificationPreferencesEndpoint], "http://localhost:3000");

  it("validates as OpenAPI 3.1 with both operations, the shared schemas and the 422/429 answers of the PUT", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 2)).toBe(true);
    const path = document.paths?.["/api/v1/me/notification-preferences"];
    expect(path?.get?.operationId).toBe("getNotificationPreferences");
    expect(path?.put?.operationId).toBe("updateNotificationPreferences");
    expect(Object.keys(path?.put?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "422", "429"]));
    expect(document.components?.schemas).toHaveProperty("NotificationPreference");
    expect(document.components?.schemas).toHaveProperty("NotificationPreferencesUpdate");
    // SMS is not offered: the channel enum the mobile app codes against has four values.
    expect(JSON.stringify(document.components?.schemas?.NotificationPreference)).not.toContain("SMS");
  });
});
