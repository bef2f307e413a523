import { z } from "zod";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listCourses } from "@/app/api/v1/courses/route";
import { db } from "@/lib/db";
import { defineEndpoint } from "@/lib/http/endpoint";
import { handle } from "@/lib/http/handle";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCenter, createCourse } from "@/lib/testing/factories";
import { log, REQUEST_ID_HEADER } from "./index";

/** Every JSON line written to stderr while a test runs (the logger writes there synchronously). */
function captureStderr() {
  const lines: Array<Record<string, unknown>> = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
    return true;
  });
  return lines;
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 30));
}

beforeAll(async () => {
  const [center, category] = await Promise.all([createCenter(), createCategory()]);
  await createCourse({ centerId: center.id, categoryId: category.id, titleEn: "Axolotl keeping", titleMy: "ငါး" });
});
afterEach(() => vi.restoreAllMocks());

describe("request ids in logs (ADR 0046)", () => {
  it("answers with the server's x-mmso-request-id and stamps it on a line logged deep inside the request", async () => {
    const stderr = captureStderr();
    // A real failure deep in lib/: the search event's INSERT is refused, after the answer is sent.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_usage_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_usage_event BEFORE INSERT ON usage_events FOR EACH ROW EXECUTE FUNCTION refuse_usage_event()`);
    const requestId = "mmso-req-0001-abcdef";
    try {
      const res = await callRoute(listCourses, "/api/v1/courses?q=axolotl", { headers: { [REQUEST_ID_HEADER]: requestId, "x-request-id": "client-chosen-id" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toBe(requestId);
      await until(() => stderr.some((line) => line.event === "analytics.search_not_recorded"));
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER refuse_usage_event ON usage_events");
      await db.$executeRawUnsafe("DROP FUNCTION refuse_usage_event()");
    }
    // recordCatalogSearch is never told the request id: the log context carries it.
    expect(stderr.find((line) => line.event === "analytics.search_not_recorded")).toMatchObject({ level: "warn", requestId, route: "listCourses" });
  });

  it("makes a request id when none is sent, and keeps it apart from concurrent requests", async () => {
    const spec = defineEndpoint({
      method: "get",
      path: "/api/v1/test/log",
      operationId: "testLog",
      summary: "test",
      tags: ["Test"],
      access: "public",
      query: z.object({ n: z.string() }),
      response: z.object({ n: z.string() }),
    });
    const route = handle(spec, async ({ query }) => {
      await new Promise((resolve) => setTimeout(resolve, Number(query.n) * 5));
      log.warn("test.inside", { n: query.n });
      return { n: query.n };
    });
    const stderr = captureStderr();
    const answers = await Promise.all(["3", "1", "2"].map((n) => callRoute(route, `/api/v1/test/log?n=${n}`)));
    for (const answer of answers) {
      const id = answer.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(stderr.find((line) => line.n === answer.json.n)).toMatchObject({ event: "test.inside", requestId: id, route: "testLog" });
    }
    expect(new Set(answers.map((a) => a.headers.get("x-request-id"))).size).toBe(3);
  });
});
