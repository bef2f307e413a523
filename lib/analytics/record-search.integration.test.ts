import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/courses/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCenter, createCourse, createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { recordCatalogSearch } from "./record-search";
import { CATALOG_SEARCH_EVENT } from "./search-event";

let centers: { a: string; b: string };
const WORD = "zebrafish";

beforeAll(async () => {
  const [a, b, category] = await Promise.all([createCenter(), createCenter(), createCategory()]);
  centers = { a: a.id, b: b.id };
  await createCourse({ centerId: a.id, categoryId: category.id, titleEn: `Zebrafish biology`, titleMy: "ငါး ဇီဝဗေဒ" });
  await createCourse({ centerId: a.id, categoryId: category.id, titleEn: `Zebrafish care`, titleMy: "ငါး မွေးမြူရေး" });
  await createCourse({ centerId: b.id, categoryId: category.id, titleEn: `Zebrafish genetics`, titleMy: "ငါး မျိုးရိုးဗီဇ" });
});

afterEach(() => vi.restoreAllMocks());

const searchEvents = (q: string) => db.usageEvent.findMany({ where: { name: CATALOG_SEARCH_EVENT, props: { path: ["q"], equals: q } }, orderBy: { receivedAt: "asc" } });

/** The route does not wait for the insert: poll briefly until `count` events are there. */
async function eventsWhenWritten(q: string, count: number) {
  for (let i = 0; i < 50; i++) {
    const events = await searchEvents(q);
    if (events.length >= count) return events;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return searchEvents(q);
}

describe("catalog search records a usage event (ADR 0021)", () => {
  it("writes catalog.search with the normalised term and the first page's centers, and no user id", async () => {
    const student = await createUser();
    const res = await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent("  ZebraFish ")}`, { headers: { authorization: await bearerFor(student.id) } });
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(3);
    const [event] = await eventsWhenWritten(WORD, 1);
    expect(event).toMatchObject({ name: "catalog.search", userId: null, platform: null });
    const props = event?.props as { q: string; centers: string[] };
    expect(props.q).toBe(WORD);
    expect([...props.centers].sort()).toEqual([centers.a, centers.b].sort());
    expect(JSON.stringify(event)).not.toContain(student.id);
  });

  it("records a cached repeat again, a later page not at all, and a list without q never", async () => {
    const q = "ငါး";
    await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent(q)}&limit=1`);
    const first = await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent(q)}&limit=1`);
    expect(await eventsWhenWritten(q, 2)).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent(q)}&limit=1&cursor=${first.json.nextCursor}`);
    const before = await db.usageEvent.count();
    await callRoute(GET, "/api/v1/courses");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await searchEvents(q)).toHaveLength(2);
    expect(await db.usageEvent.count()).toBe(before);
  });

  it("normalises: Unicode, single spaces, lower case, at most 100 characters; blank is not recorded", async () => {
    await recordCatalogSearch({ q: "  Zebrafish    BIOLOGY ", items: [{ center: { id: centers.a } }, { center: { id: centers.a } }], platform: "WEB" });
    const [event] = await searchEvents("zebrafish biology");
    expect(event).toMatchObject({ userId: null, platform: "WEB", props: { q: "zebrafish biology", centers: [centers.a] } });
    const long = `${"ဇ".repeat(99)}AB`;
    await recordCatalogSearch({ q: long, items: [], platform: "WEB" });
    expect(await searchEvents(`${"ဇ".repeat(99)}a`)).toHaveLength(1);
    const before = await db.usageEvent.count();
    await recordCatalogSearch({ q: "   ", items: [], platform: "WEB" });
    await recordCatalogSearch({ q: undefined, items: [], platform: "WEB" });
    expect(await db.usageEvent.count()).toBe(before);
  });

  it("answers the search when the insert fails, and logs the failure without the query text", async () => {
    const secret = "zebrafish secretterm";
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    // A real failure in the real database: the table refuses every insert while the trigger exists.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_usage_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused: %', NEW.props; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_usage_event BEFORE INSERT ON usage_events FOR EACH ROW EXECUTE FUNCTION refuse_usage_event()`);
    try {
      const res = await callRoute(GET, `/api/v1/courses?q=${encodeURIComponent("zebrafish")}`);
      expect(res.status).toBe(200);
      expect(res.json.items).toHaveLength(3);
      await expect(recordCatalogSearch({ q: secret, items: [{ center: { id: centers.a } }], platform: "WEB" })).resolves.toBeUndefined();
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER refuse_usage_event ON usage_events");
      await db.$executeRawUnsafe("DROP FUNCTION refuse_usage_event()");
    }
    const logged = stderr.mock.calls.map(([line]) => String(line)).join("");
    expect(logged).toContain("analytics.search_not_recorded");
    expect(logged).not.toContain("secretterm");
    expect(await searchEvents(secret)).toHaveLength(0);
  });
});
