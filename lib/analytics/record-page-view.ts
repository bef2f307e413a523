import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { matchSiteRoute, PAGE_VIEW_EVENT, type MatchedRoute } from "./page-view-route";

/** The props of a `page.view` event: on a course page, the course and its center (for dashboards). */
export type PageViewProps = { course: string; center: string } | Record<string, never>;

/**
 * Records one page view of the student site (policy S1.2) as its route pattern, with the platform
 * WEB and the trusted proxy's country — no user id even when signed in, no IP, no user agent, no
 * query string (ADR 0038). A path outside the site, or a course that does not exist, is dropped:
 * the event table only ever holds known patterns and real course ids.
 */
export async function recordPageView({ path, client }: { path: string; client: Pick<ClientInfo, "country"> }): Promise<boolean> {
  const route = matchSiteRoute(path);
  if (!route) return false;
  const props = await propsFor(route);
  if (props === null) return false;
  await db.usageEvent.create({
    data: { name: PAGE_VIEW_EVENT, screen: route.pattern, props, centerId: "center" in props ? props.center : null, at: new Date(), platform: "WEB", country: client.country },
    select: { id: true },
  });
  return true;
}

async function propsFor(route: MatchedRoute): Promise<PageViewProps | null> {
  if (route.pattern !== "/courses/[id]") return {};
  const id = route.params.id ?? "";
  if (!z.uuid().safeParse(id).success) return null;
  const course = await db.course.findFirst({ where: { id }, select: { id: true, centerId: true } });
  return course ? { course: course.id, center: course.centerId } : null;
}
