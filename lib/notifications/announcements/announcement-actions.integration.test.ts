import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createAnnouncementStudent, createAnnouncingCenter } from "@/lib/testing/notification-factories";
import { createAnnouncement } from "./create-announcement";
import { toMyanmarLocal } from "./myanmar-time";

// The dashboard's server actions and the composer's preview route, run as in Next: the session's
// actor and the request's headers are stubbed; the database is the real one.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-announce" }) }));

const { createAnnouncementAction, cancelAnnouncementAction } = await import("@/app/center/[slug]/notifications/actions");
const { GET: previewRoute } = await import("@/app/center/[slug]/notifications/recipients/route");

const text = { titleEn: "Holiday", bodyEn: "No class on Monday.", titleMy: "ပိတ်ရက်", bodyMy: "တနင်္လာနေ့ အတန်း မရှိပါ။" };

async function setup() {
  const a = await createAnnouncingCenter();
  const b = await createAnnouncingCenter();
  await createAnnouncementStudent(a.course, { device: true });
  await createAnnouncementStudent(a.course, { preferences: { PUSH: false } });
  return { a, b };
}

const preview = async (actor: Actor | null, slug: string, courseId: string) => {
  session.actor = actor;
  const response = await previewRoute(new Request(`http://localhost/center/${slug}/notifications/recipients?courseId=${courseId}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, json: (await response.json()) as unknown };
};

beforeEach(() => {
  session.actor = null;
});

describe("announcement server actions and preview route", () => {
  it("sends from the composer and answers the outcome; audits with the request's id", async () => {
    const { a } = await setup();
    session.actor = a.admin.actor;
    const result = await createAnnouncementAction(a.center.slug, { courseId: a.course.id, ...text, channels: ["IN_APP", "PUSH"], when: "now" });
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), status: "SENT", recipientCount: 2, scheduledFor: null } });
    expect(await db.activityLog.findFirstOrThrow({ where: { centerId: a.center.id, action: "announcement.sent" } })).toMatchObject({ actorUserId: a.admin.user.id, requestId: "req-announce" });

    const later = await createAnnouncementAction(a.center.slug, { courseId: a.course.id, ...text, channels: ["IN_APP"], when: "schedule", scheduledFor: toMyanmarLocal(new Date(Date.now() + 3600_000)) });
    expect(later).toMatchObject({ ok: true, data: { status: "SCHEDULED", recipientCount: null } });
    const id = later.ok ? later.data.id : "";
    expect(await cancelAnnouncementAction(a.center.slug, id)).toEqual({ ok: true, data: { id } });
    // Cancelling again is refused with the reason in the reader's language.
    expect(await cancelAnnouncementAction(a.center.slug, id)).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("no longer scheduled") } });
  });

  it("sends validation errors back as field errors with the schema's paths", async () => {
    const { a } = await setup();
    session.actor = a.owner.actor;
    const result = await createAnnouncementAction(a.center.slug, { courseId: a.course.id, titleEn: "Only a title", channels: [], when: "schedule", scheduledFor: "soon" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation_failed");
    expect(result.error.fields.map((f) => [f.path, f.message]).sort()).toEqual([
      ["bodyEn", "required"],
      ["channels", "channel_required"],
      ["scheduledFor", "invalid_time"],
    ]);
    expect(await db.courseAnnouncement.count({ where: { centerId: a.center.id } })).toBe(0);
  });

  it("previews the recipients per channel (counts only)", async () => {
    const { a } = await setup();
    const response = await preview(a.admin.actor, a.center.slug, a.course.id);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ recipients: 2, reachable: { IN_APP: 2, PUSH: 1, TELEGRAM: 0 } });
    expect((await preview(a.admin.actor, a.center.slug, "not-a-uuid")).status).toBe(422);
  });

  it("two tenants: B's admin gets not_found, A's instructor forbidden, a signed-out visitor unauthorized / 404 — for every action", async () => {
    const { a, b } = await setup();
    const scheduled = await createAnnouncement(a.adminAccess, { courseId: a.course.id, ...text, channels: ["IN_APP"], when: "schedule", scheduledFor: toMyanmarLocal(new Date(Date.now() + 3600_000)) });
    const input = { courseId: a.course.id, ...text, channels: ["IN_APP" as const] };

    session.actor = b.admin.actor;
    expect(await createAnnouncementAction(a.center.slug, input)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await cancelAnnouncementAction(a.center.slug, scheduled.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Through B's own center, A's course and announcement are just as unknown.
    expect(await createAnnouncementAction(b.center.slug, input)).toMatchObject({ ok: false, error: { code: "not_found", fields: [{ path: "courseId" }] } });
    expect(await cancelAnnouncementAction(b.center.slug, scheduled.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await preview(b.admin.actor, a.center.slug, a.course.id)).status).toBe(404);
    expect((await preview(b.admin.actor, b.center.slug, a.course.id)).status).toBe(404);

    session.actor = a.instructor.actor;
    expect(await createAnnouncementAction(a.center.slug, input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await cancelAnnouncementAction(a.center.slug, scheduled.id)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await preview(a.instructor.actor, a.center.slug, a.course.id)).status).toBe(403);

    session.actor = null;
    expect(await createAnnouncementAction(a.center.slug, input)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    expect(await cancelAnnouncementAction(a.center.slug, scheduled.id)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    expect((await preview(null, a.center.slug, a.course.id)).status).toBe(404);

    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id: scheduled.id } })).toMatchObject({ status: "SCHEDULED" });
    expect(await db.courseAnnouncement.count({ where: { centerId: { in: [a.center.id, b.center.id] } } })).toBe(1);
  });
});
