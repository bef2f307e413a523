import { describe, expect, it } from "vitest";
import { POST as pageView } from "@/app/api/events/web/route";
import { getCenterAccess } from "@/lib/access/center-scope";
import { PAGE_VIEW_EVENT } from "@/lib/analytics/page-view-route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCourse } from "@/lib/testing/factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { getCenterOverview } from "./get-center-overview";
import { resolveOverviewPeriod, yangonToday } from "./overview-period";

const view = (path: string) =>
  callRoute(pageView, "/api/events/web", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ path }) });

describe("policy C2: the center's dashboards are made from the data the platform records", () => {
  it("counts web views of the center's own course pages in the period, for owners and admins only (two tenants)", async () => {
    const [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    const category = await createCategory();
    const [a1, a2, b1] = await Promise.all([
      createCourse({ centerId: a.center.id, categoryId: category.id, titleEn: "Viewed often" }),
      createCourse({ centerId: a.center.id, categoryId: category.id, titleEn: "Viewed once" }),
      createCourse({ centerId: b.center.id, categoryId: category.id, titleEn: "Other center" }),
    ]);
    for (const path of [`/courses/${a1.id}`, `/courses/${a1.id}?from=search`, `/courses/${a1.id}/`, `/courses/${a2.id}`, `/courses/${b1.id}`, "/courses"]) {
      expect((await view(path)).status).toBe(204);
    }
    // A view from before the period does not count.
    await db.usageEvent.create({ data: { name: PAGE_VIEW_EVENT, screen: "/courses/[id]", props: { course: a2.id, center: a.center.id }, centerId: a.center.id, at: new Date("2020-01-01T00:00:00Z"), platform: "WEB" } });

    const today = yangonToday();
    const period = resolveOverviewPeriod({ range: "custom", from: today, to: today });
    const overviewA = await getCenterOverview(await getCenterAccess(a.admin.actor, a.center.id), period, "en");
    expect(overviewA.coursePageViews).toEqual({
      total: 4,
      courses: [
        { courseId: a1.id, title: "Viewed often", views: 3 },
        { courseId: a2.id, title: "Viewed once", views: 1 },
      ],
    });
    const overviewB = await getCenterOverview(await getCenterAccess(b.owner.actor, b.center.id), period, "en");
    expect(overviewB.coursePageViews).toEqual({ total: 1, courses: [{ courseId: b1.id, title: "Other center", views: 1 }] });
    const instructor = await getCenterOverview(await getCenterAccess(a.instructor.actor, a.center.id), period, "en");
    expect(instructor.coursePageViews).toBeNull();
  });
});
