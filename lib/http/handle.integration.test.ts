import { z } from "zod";
import { describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, unique } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { defineEndpoint } from "./endpoint";
import { AppError } from "./errors";
import { handle } from "./handle";

const spec = defineEndpoint({
  method: "post",
  path: "/api/v1/test/{id}",
  operationId: "testEndpoint",
  summary: "test",
  tags: ["Test"],
  access: "optional",
  params: z.object({ id: z.uuid() }),
  body: z.object({ name: z.string().min(1), age: z.number().int().min(13) }),
  response: z.object({ id: z.string(), name: z.string() }),
  maxBodyBytes: 200,
  rateLimit: { bucket: unique("handle"), limit: 5, windowSeconds: 60 },
});

const id = "0195d3c4-0000-7000-8000-000000000001";
const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" }, params: { id } });

describe("handle(): the contract of every v1 route", () => {
  it("parses input and returns only the fields the response declares", async () => {
    const route = handle({ ...spec, rateLimit: undefined }, async ({ params, body }) => ({ id: params.id, name: body.name, secret: "x" }) as never);
    const res = await callRoute(route, "/api/v1/test/x", json({ name: "Aye", age: 20 }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id, name: "Aye" });
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("maps bad input to 400/413/422 and never runs the implementation", async () => {
    let calls = 0;
    const route = handle({ ...spec, rateLimit: undefined }, async () => {
      calls += 1;
      return { id, name: "n" };
    });
    const invalid = await callRoute(route, "/", { ...json({ name: "", age: 9 }), params: { id: "nope" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["params.id"]);
    const invalidBody = await callRoute(route, "/", json({ name: "", age: 9.5 }));
    expect(invalidBody.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.age", "body.name"]);
    expect((await callRoute(route, "/", { ...json({}), body: "{oops" })).status).toBe(400);
    expect((await callRoute(route, "/", json({ name: "x".repeat(500), age: 20 }))).status).toBe(413);
    expect((await callRoute(route, "/", { ...json({}), body: undefined })).status).toBe(422);
    expect(calls).toBe(0);
  });

  it("answers 429 with Retry-After past the rate limit", async () => {
    const route = handle(spec, async () => ({ id, name: "n" }));
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await callRoute(route, "/", json({ name: "a", age: 20 }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await callRoute(route, "/", json({ name: "a", age: 20 }));
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.json.error.code).toBe("rate_limited");
  });

  it("maps domain errors, unique violations and surprises to the contract, without leaking details", async () => {
    const notYours = handle({ ...spec, rateLimit: undefined }, async () => {
      throw new AppError("not_found");
    });
    expect((await callRoute(notYours, "/", json({ name: "a", age: 20 }))).status).toBe(404);

    const category = await createCategory();
    const duplicate = handle({ ...spec, rateLimit: undefined }, async () => {
      await db.category.create({ data: { slug: category.slug } });
      return { id, name: "n" };
    });
    const conflict = await callRoute(duplicate, "/", json({ name: "a", age: 20 }));
    expect(conflict.status).toBe(409);
    expect(conflict.json.error.code).toBe("conflict");

    const broken = handle({ ...spec, rateLimit: undefined }, async () => {
      throw new Error("password=hunter2 at db host 10.0.0.1");
    });
    const res = await callRoute(broken, "/", { ...json({ name: "a", age: 20 }), headers: { "accept-language": "en", "content-type": "application/json" } });
    expect(res.status).toBe(500);
    expect(res.json.error).toEqual({ code: "internal", message: "Something went wrong on our side.", requestId: expect.any(String) });
    expect(res.text).not.toContain("hunter2");
  });

  it("requires a token where access is user", async () => {
    const route = handle({ ...spec, access: "user", rateLimit: undefined }, async () => ({ id, name: "n" }));
    const res = await callRoute(route, "/", json({ name: "a", age: 20 }));
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
  });

  it("revalidates anonymous reads with an ETag (304 without a body), never personal ones", async () => {
    const getSpec = defineEndpoint({ ...spec, method: "get", body: undefined, params: undefined, rateLimit: undefined, maxBodyBytes: undefined });
    const cached = { id, name: "Aye" };
    let name = "Aye";
    const route = handle(getSpec, async () => (name === "Aye" ? cached : { id, name }));
    const first = await callRoute(route, "/api/v1/test");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get("content-length")).toBe(String(Buffer.byteLength(first.text)));
    expect(first.headers.get("vary")).toContain("accept-language");
    const again = await callRoute(route, "/api/v1/test", { headers: { "if-none-match": `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // A changed answer has another tag: the old one gets the full body.
    name = "Su";
    const changed = await callRoute(route, "/api/v1/test", { headers: { "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.json).toEqual({ id, name: "Su" });
    expect(changed.headers.get("etag")).not.toBe(etag);
    // A signed-in caller's answer is personal: no-store and no validator.
    const user = await db.user.create({ data: {} });
    const personal = await callRoute(route, "/api/v1/test", { headers: { authorization: await bearerFor(user.id), "if-none-match": etag! } });
    expect(personal.status).toBe(200);
    expect(personal.headers.get("etag")).toBeNull();
    expect(personal.headers.get("cache-control")).toBe("no-store");
  });

  it("logs a client that hung up mid-request as gone, not as an unexpected error", async () => {
    const errors = vi.spyOn(log, "error");
    const route = handle({ ...spec, rateLimit: undefined }, async () => {
      throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    });
    const hungUp = new AbortController();
    hungUp.abort();
    await callRoute(route, `/api/v1/test/${id}`, { ...json({ name: "x", age: 20 }), signal: hungUp.signal });
    expect(errors).not.toHaveBeenCalled();
    await callRoute(route, `/api/v1/test/${id}`, json({ name: "x", age: 20 }));
    expect(errors).toHaveBeenCalledWith("api.unexpected_error", expect.objectContaining({ route: "testEndpoint" }));
    errors.mockRestore();
  });
});
