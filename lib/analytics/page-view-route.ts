/** The usage event a page of the student site leaves (policy S1.2 "pages viewed"). */
export const PAGE_VIEW_EVENT = "page.view";

/**
 * The student site's route patterns (app/(site)/**\/page.tsx; a unit test keeps the two in step:
 * a new page fails it until its pattern is added here — an unlisted path is not recorded at all).
 * A page view is stored as its pattern, never as the address itself: query strings (search
 * terms, payment references) and ids in the path say more about a person than a count needs.
 */
export const SITE_ROUTE_PATTERNS = [
  "/",
  "/account",
  "/account/delete",
  "/account/delete/done",
  "/account/export",
  "/account/notifications",
  "/account/notifications/settings",
  "/account/orders",
  "/account/orders/[orderId]",
  "/account/telegram",
  "/centers/[slug]",
  "/centers/[slug]/refund-policy",
  "/checkout/[courseId]",
  "/checkout/orders/[orderId]",
  "/courses",
  "/courses/[id]",
  "/following",
  "/instructors/[id]",
  "/learn",
  "/learn/[courseId]/[lessonId]",
  "/login",
  "/login/continue",
  "/privacy",
  "/privacy/center-admin",
  "/privacy/chatbot",
  "/privacy/history/[kind]/[version]",
  "/privacy/messenger-deletion",
  "/privacy/report-child",
  "/refund-policy",
] as const;

export type SiteRoutePattern = (typeof SITE_ROUTE_PATTERNS)[number];

export type MatchedRoute = { pattern: SiteRoutePattern; params: Record<string, string> };

const compiled = SITE_ROUTE_PATTERNS.map((pattern) => {
  const names: string[] = [];
  const source = pattern
    .split("/")
    .map((part) => {
      const param = /^\[(\w+)\]$/.exec(part);
      if (!param?.[1]) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]);
      return "([^/]+)";
    })
    .join("/");
  return { pattern, names, regex: new RegExp(`^${source}$`) };
});

/**
 * The site route a browser path belongs to, or null for anything else (a 404, an API path).
 * Static segments win over parameters, as in Next's router: patterns are tried most specific first.
 */
export function matchSiteRoute(path: string): MatchedRoute | null {
  const pathname = (path.split(/[?#]/)[0] ?? "").replace(/\/+$/, "") || "/";
  const candidates = compiled
    .map((route) => ({ route, match: route.regex.exec(pathname) }))
    .filter((c): c is { route: (typeof compiled)[number]; match: RegExpExecArray } => c.match !== null)
    .sort((a, b) => a.route.names.length - b.route.names.length);
  const best = candidates[0];
  if (!best) return null;
  const params = Object.fromEntries(best.route.names.map((name, i) => [name, safeDecode(best.match[i + 1] ?? "")]));
  return { pattern: best.route.pattern, params };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
