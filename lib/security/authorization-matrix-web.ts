import { randomBytes } from "node:crypto";
import { getStorage } from "@/lib/storage/storage";
import { everyone, centerA, type MatrixEntry } from "./authorization-matrix-kit";

/**
 * A provider's call without its signature, whoever's session or token rides along: the payment
 * providers and Meta's data-deletion callback answer 400 (Stripe's convention: the body is not a
 * verified event), Telegram, Zoom and Messenger events 401 (a missing or wrong secret).
 */
const unsigned = (provider: string, outcome: "bad_request" | "unauthenticated"): MatrixEntry => ({
  request: () => ({ url: `/api/webhooks/${provider}`, rawBody: JSON.stringify({ id: "evt_forged", type: "payment" }), headers: { "content-type": "application/json" } }),
  expect: everyone(outcome),
});

/** Machine endpoints, the web session's routes (site and center dashboard), and the infrastructure routes. */
export const webMatrix: Record<string, MatrixEntry> = {
  "POST /api/webhooks/stripe": unsigned("stripe", "bad_request"),
  "POST /api/webhooks/dinger": unsigned("dinger", "bad_request"),
  "POST /api/webhooks/kbzpay": unsigned("kbzpay", "bad_request"),
  "POST /api/webhooks/telegram": unsigned("telegram", "unauthenticated"),
  "POST /api/webhooks/zoom": unsigned("zoom", "unauthenticated"),
  "POST /api/webhooks/messenger": unsigned("messenger", "unauthenticated"),
  "POST /api/webhooks/messenger/data-deletion": unsigned("messenger/data-deletion", "bad_request"),
  "GET /api/webhooks/messenger": {
    request: () => ({ url: "/api/webhooks/messenger?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=123" }),
    expect: everyone("forbidden"),
    why: "Meta's subscription check with a wrong verify token.",
  },
  "GET /api/webhooks/[...path]": { request: () => ({ url: "/api/webhooks/nothing", params: { path: ["nothing"] } }), expect: everyone("not_found") },
  "POST /api/webhooks/[...path]": { request: () => ({ url: "/api/webhooks/nothing", params: { path: ["nothing"] } }), expect: everyone("not_found") },

  // Center dashboard JSON and redirects: staff of center A by permission (lib/access/permissions.ts;
  // the platform admin reads as PLATFORM_ADMIN), everyone else 404 as for a missing center (ADR 0009).
  "GET /center/[slug]/courses/[courseId]/outline": {
    request: (fx) => ({ url: `/center/${fx.centerA.slug}/courses/${fx.course.id}/outline`, params: { slug: fx.centerA.slug, courseId: fx.course.id } }),
    expect: centerA({ adminA: "ok", instructorA: "ok", platformAdmin: "ok" }),
  },
  "GET /center/[slug]/courses/[courseId]/live-classes/[liveClassId]/start": {
    request: (fx) => ({
      url: `/center/${fx.centerA.slug}/courses/${fx.course.id}/live-classes/${fx.liveClass.id}/start`,
      params: { slug: fx.centerA.slug, courseId: fx.course.id, liveClassId: fx.liveClass.id },
    }),
    expect: { ...centerA({ adminA: "redirect", instructorA: "redirect", platformAdmin: "redirect_error" }), anonymous: "login" },
    why: "Staff are sent to Zoom's host link, the signed-out to log in; the operator lacks live_class.write (back with an error).",
  },
  "GET /center/[slug]/finance/export": {
    request: (fx) => ({ url: `/center/${fx.centerA.slug}/finance/export?from=2026-01-01&to=2026-12-31`, params: { slug: fx.centerA.slug } }),
    expect: centerA({ adminA: "ok", instructorA: "forbidden", platformAdmin: "ok" }),
  },
  "GET /center/[slug]/notifications/recipients": {
    request: (fx) => ({ url: `/center/${fx.centerA.slug}/notifications/recipients?courseId=${fx.course.id}`, params: { slug: fx.centerA.slug } }),
    expect: centerA({ adminA: "ok", instructorA: "forbidden", platformAdmin: "forbidden" }),
    why: "notification.send is the center's own (the operator reads, never announces).",
  },
  "GET /center/[slug]/students/rows": {
    request: (fx) => ({ url: `/center/${fx.centerA.slug}/students/rows`, params: { slug: fx.centerA.slug } }),
    expect: centerA({ adminA: "ok", instructorA: "ok", platformAdmin: "ok" }),
    why: "An instructor sees the students of the courses they teach only.",
  },

  // The student site: the signed-out are sent to log in; everyone else acts on their own account.
  "POST /account/export/download": { request: () => ({ url: "/account/export/download" }), expect: { ...everyone("ok"), anonymous: "login" } },
  "GET /account/telegram/callback": {
    request: () => ({ url: "/account/telegram/callback?id=1&auth_date=1&hash=00&state=forged" }),
    expect: { ...everyone("redirect_error"), anonymous: "login" },
    why: "A state that is not this session's: back to the page with error=state, nothing linked.",
  },

  "GET /api/auth/[...nextauth]": { request: () => ({ url: "/api/auth/session", params: { nextauth: ["session"] } }), expect: everyone("ok") },
  "POST /api/auth/[...nextauth]": {
    request: () => ({ url: "/api/auth/signout", params: { nextauth: ["signout"] }, rawBody: "", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    expect: everyone("login"),
    why: "Auth.js refuses a sign-out without its CSRF token: a redirect to the sign-in page (/login) with ?error=.",
  },
  "POST /api/events/web": { request: () => ({ url: "/api/events/web", body: { path: "/courses" } }), expect: everyone("ok") },
  "GET /api/health": { request: () => ({ url: "/api/health" }), expect: everyone("ok") },
  "GET /api/health/live": { request: () => ({ url: "/api/health/live" }), expect: everyone("ok") },
  "GET /api/health/ready": { request: () => ({ url: "/api/health/ready" }), expect: everyone("ok") },
  "GET /media/[...key]": {
    request: async () => {
      // Written per call: the throwaway upload folder lives in the OS temp dir.
      const key = `photos/${randomBytes(16).toString("hex")}.webp`;
      await getStorage().put(key, new Uint8Array([82, 73, 70, 70]), "image/webp");
      return { url: `/media/${key}`, params: { key: key.split("/") } };
    },
    expect: everyone("ok"),
    why: "Public media behind random keys.",
  },
  // Demo mode (the tests' mode): open to all by design; production mode answers 404 (its own test).
  "GET /api/bench/static": { request: () => ({ url: "/api/bench/static" }), expect: everyone("ok") },
  "GET /api/bench/db": { request: () => ({ url: "/api/bench/db" }), expect: everyone("ok") },
  "GET /api/dev/outbox": { request: () => ({ url: "/api/dev/outbox?to=%2B959420000000" }), expect: everyone("ok") },
};
