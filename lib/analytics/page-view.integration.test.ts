import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/events/web/route";
import { db } from "@/lib/db";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-header";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCenter, createCourse } from "@/lib/testing/factories";
import { PAGE_VIEW_EVENT } from "./page-view-route";

process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

const post = (path: unknown, headers: Record<string, string> = {}) =>
  callRoute(POST, "/api/events/web", {
    method: "POST",
    headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: "10.0.0.5", "cf-connecting-ip": "203.0.113.40", "cf-ipcountry": "MM", ...headers },
    body: JSON.stringify({ path }),
  });

const views = (screen: string) => db.usageEvent.findMany({ where: { name: PAGE_VIEW_EVENT, screen } });

describe("web page views (policy S1.2)", () => {
  it("stores the route pattern, never the query or the address, with the course and its center on a course page", async () => {
    const [center, category] = await Promise.all([createCenter(), createCategory()]);
    const course = await createCourse({ centerId: center.id, categoryId: category.id });
    const before = (await views("/courses")).length;
    expect((await post("/courses?q=private+words&utm_source=x")).status).toBe(204);
    expect((await post(`/courses/${course.id}?ref=somebody`)).status).toBe(204);
    const list = await views("/courses");
    expect(list).toHaveLength(before + 1);
    const [view] = await db.usageEvent.findMany({ where: { name: PAGE_VIEW_EVENT, props: { path: ["course"], equals: course.id } } });
    expect(view).toMatchObject({ screen: "/courses/[id]", props: { course: course.id, center: center.id }, centerId: center.id, userId: null, platform: "WEB", country: "MM", appVersion: null });
    const everything = JSON.stringify(await db.usageEvent.findMany({ where: { name: PAGE_VIEW_EVENT } }));
    expect(everything).not.toMatch(/private|utm_source|somebody|203\.0\.113\.40/);
  });

  it("drops paths outside the site and unknown courses without storing anything", async () => {
    const before = await db.usageEvent.count();
    for (const path of ["/api/v1/me", "/courses/not-a-uuid", "/courses/0193a1b2-0000-7000-8000-000000000001", "/nowhere"]) {
      expect((await post(path)).status).toBe(204);
    }
    expect(await db.usageEvent.count()).toBe(before);
  });

  it("refuses a cross-site beacon and a malformed body", async () => {
    const before = await db.usageEvent.count();
    expect((await post("/courses", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post("courses")).status).toBe(422);
    expect((await post("/".repeat(501))).status).toBe(422);
    expect(await db.usageEvent.count()).toBe(before);
  });
});
