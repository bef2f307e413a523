import { expect, test } from "@playwright/test";

test.describe("HTTP API", () => {
  test("health reports the database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  test("the OpenAPI document is served as 3.1 and lists the catalog", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/courses", "/api/v1/categories"]));
  });

  test("bad input gives 422 with field paths, unknown paths 404 JSON", async ({ request }) => {
    const bad = await request.get("/api/v1/courses?limit=zero&centerId=42");
    expect(bad.status()).toBe(422);
    const body = await bad.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["query.centerId", "query.limit"]);

    const missing = await request.post("/api/v1/does-not-exist", { data: {} });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  test("the catalog lists demo courses in both languages", async ({ request }) => {
    const en = await (await request.get("/api/v1/courses?limit=5", { headers: { "accept-language": "en" } })).json();
    const my = await (await request.get("/api/v1/courses?limit=5", { headers: { "accept-language": "my" } })).json();
    expect(en.items).toHaveLength(5);
    expect(en.nextCursor).toBeTruthy();
    expect(my.items[0].id).toBe(en.items[0].id);
    expect(my.items.some((c: { title: string }) => /[\u1000-\u109F]/.test(c.title))).toBe(true);
  });

  test("security headers are set", async ({ request }) => {
    const res = await request.get("/");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["x-powered-by"]).toBeUndefined();
  });

  test("the Messenger webhook answers Meta's verification only with the right token", async ({ request }) => {
    const ok = await request.get("/api/webhooks/messenger?hub.mode=subscribe&hub.verify_token=demo-messenger-verify-token&hub.challenge=4242");
    expect(ok.status()).toBe(200);
    expect(await ok.text()).toBe("4242");
    const forged = await request.get("/api/webhooks/messenger?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=4242");
    expect(forged.status()).toBe(403);
  });
});
