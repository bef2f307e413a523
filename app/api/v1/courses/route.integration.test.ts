import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCenter, createCourse, createInstructor } from "@/lib/testing/factories";
import { GET } from "./route";

let ids: { center: string; otherCenter: string; category: string; instructor: string };

beforeAll(async () => {
  const [center, otherCenter, pending, category, instructor] = await Promise.all([
    createCenter(),
    createCenter(),
    createCenter({ status: "PENDING" }),
    createCategory(),
    createInstructor({ name: "Daw Hla Hla" }),
  ]);
  ids = { center: center.id, otherCenter: otherCenter.id, category: category.id, instructor: instructor.id };
  const base = Date.parse("2026-11-01T00:00:00Z");
  for (let i = 0; i < 5; i++) {
    await createCourse({
      centerId: i < 3 ? center.id : otherCenter.id,
      categoryId: category.id,
      titleEn: i === 0 ? "Python for Beginners" : `English course ${i}`,
      titleMy: i === 0 ? "Python အခြေခံ သင်တန်း" : `မြန်မာစာ သင်ခန်းစာ ${i}`,
      publishedAt: new Date(base + i * 3600_000),
      instructorIds: i === 1 ? [instructor.id] : [],
    });
  }
  await createCourse({ centerId: center.id, categoryId: category.id, titleEn: "Draft course", status: "DRAFT" });
  await createCourse({ centerId: pending.id, categoryId: category.id, titleEn: "Course of a pending center" });
});

describe("GET /api/v1/courses", () => {
  it("lists published courses of active centers, newest first, in the requested language", async () => {
    const en = await callRoute(GET, "/api/v1/courses", { headers: { "accept-language": "en" } });
    expect(en.status).toBe(200);
    const titles = en.json.items.map((c: { title: string }) => c.title);
    expect(titles).toEqual(["English course 4", "English course 3", "English course 2", "English course 1", "Python for Beginners"]);
    expect(en.json.nextCursor).toBeNull();
    expect(en.json.items[0].price).toEqual({ amount: 25000, currency: "MMK" });
    expect(en.json.items[0]).not.toHaveProperty("titleEn");

    const my = await callRoute(GET, "/api/v1/courses", { headers: { "accept-language": "my" } });
    expect(my.json.items.at(-1).title).toBe("Python အခြေခံ သင်တန်း");
    expect(my.headers.get("content-language")).toBe("my");
  });

  it("pages with an opaque cursor without repeating or skipping", async () => {
    const first = await callRoute(GET, "/api/v1/courses?limit=2");
    expect(first.json.items).toHaveLength(2);
    const second = await callRoute(GET, `/api/v1/courses?limit=2&cursor=${first.json.nextCursor}`);
    const third = await callRoute(GET, `/api/v1/courses?limit=2&cursor=${second.json.nextCursor}`);
    const all = [...first.json.items, ...second.json.items, ...third.json.items].map((c: { id: string }) => c.id);
    expect(new Set(all).size).toBe(5);
    expect(third.json.nextCursor).toBeNull();
  });

  it("filters by center and instructor, and finds a word inside a Burmese title", async () => {
    const byCenter = await callRoute(GET, `/api/v1/courses?centerId=${ids.otherCenter}`);
    expect(byCenter.json.items).toHaveLength(2);
    const byInstructor = await callRoute(GET, `/api/v1/courses?instructorId=${ids.instructor}`, { headers: { "accept-language": "en" } });
    expect(byInstructor.json.items.map((c: { title: string }) => c.title)).toEqual(["English course 1"]);
    expect(byInstructor.json.items[0].instructors[0].name).toBe("Daw Hla Hla");
    const burmese = await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent("အခြေခံ")}`, { headers: { "accept-language": "en" } });
    expect(burmese.json.items.map((c: { title: string }) => c.title)).toEqual(["Python for Beginners"]);
  });

  it("answers bad input with 422 and field paths, never 500", async () => {
    const bad = await callRoute(GET, "/api/v1/courses?limit=abc&categoryId=not-a-uuid", { headers: { "accept-language": "en" } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.code).toBe("validation_failed");
    expect(bad.json.error.message).toBe("Some fields are not valid.");
    expect(bad.json.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const paths = bad.json.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["query.categoryId", "query.limit"]);

    for (const query of ["limit=1000", "limit=-1", "cursor=%%%", "q=", `q=${"x".repeat(500)}`]) {
      const res = await callRoute(GET, `/api/v1/courses?${query}`);
      expect(res.status, query).toBe(422);
    }
  });

  it("answers errors in Burmese when asked", async () => {
    const bad = await callRoute(GET, "/api/v1/courses?limit=abc", { headers: { "accept-language": "my" } });
    expect(bad.json.error.message).toBe("အချို့ ကွက်လပ်များ မမှန်ကန်ပါ။");
  });

  it("refuses an invalid bearer token with 401 in the contract's shape", async () => {
    const res = await callRoute(GET, "/api/v1/courses", { headers: { authorization: "Bearer forged" } });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
  });
});
