import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addWebSession } from "@/lib/testing/settings-factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";

// The settings page's server actions as Next runs them: the session's actor, the request's headers,
// Auth.js's signOut (which ends in a redirect). The database is the real one.
const session = vi.hoisted(() => ({ actor: null as Actor | null, signedOut: [] as string[] }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-settings" }) }));
vi.mock("@/lib/auth/next-auth", () => ({
  signOut: async ({ redirectTo }: { redirectTo: string }) => {
    session.signedOut.push(redirectTo);
    throw new Redirect(redirectTo);
  },
}));

const actions = await import("@/app/center/[slug]/settings/actions");

const profile = {
  nameEn: "Action Center",
  nameMy: "",
  descriptionEn: "",
  descriptionMy: "",
  addressEn: "",
  addressMy: "",
  contactPhone: "",
  contactEmail: "",
  websiteUrl: "",
};

function as<T>(actor: Actor | null, action: () => Promise<T>): Promise<T> {
  session.actor = actor;
  return action();
}

const logoForm = (bytes: Uint8Array, type = "image/png") => {
  const data = new FormData();
  data.set("logo", new File([new Uint8Array(bytes)], "logo.png", { type }));
  return data;
};

async function setup() {
  const a = await createCenterWithStaff();
  const b = await createCenterWithStaff();
  const instructorSession = await addWebSession(a.instructor.user.id);
  return { a, b, slug: a.center.slug, instructorSession };
}

beforeEach(() => {
  session.actor = null;
  session.signedOut = [];
});

describe("settings server actions", () => {
  it("saves the profile and answers field errors with the form's paths", async () => {
    const { a, slug } = await setup();
    expect(await as(a.owner.actor, () => actions.updateCenterProfileAction(slug, { ...profile, contactPhone: "09420123456" }))).toMatchObject({ ok: true, data: { contactPhone: "+959420123456" } });
    expect(await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).toMatchObject({ nameEn: "Action Center", contactPhone: "+959420123456" });
    expect(await db.activityLog.findFirstOrThrow({ where: { centerId: a.center.id, action: "center.profile_updated" } })).toMatchObject({ requestId: "req-settings", browser: "Chrome 130" });

    const result = await as(a.admin.actor, () => actions.updateCenterProfileAction(slug, { ...profile, contactPhone: "abc", contactEmail: "x@" }));
    expect(result).toMatchObject({ ok: false, error: { code: "validation_failed", message: "Some fields are not valid." } });
    if (result.ok) throw new Error("expected a failure");
    expect(result.error.fields.map((f) => [f.path, f.message])).toEqual([
      ["contactPhone", "invalid_phone"],
      ["contactEmail", "invalid_email"],
    ]);
  });

  it("uploads a logo from a multipart form, and answers 4xx codes for a non-image and an oversized file", async () => {
    const { a, slug } = await setup();
    const png = new Uint8Array(await sharp({ create: { width: 12, height: 12, channels: 3, background: "#123456" } }).png().toBuffer());
    const ok = await as(a.admin.actor, () => actions.uploadCenterLogoAction(slug, logoForm(png)));
    expect(ok).toMatchObject({ ok: true, data: { logoUrl: expect.stringMatching(/^\/media\/centers\/.+\.webp$/) } });

    const text = await as(a.admin.actor, () => actions.uploadCenterLogoAction(slug, logoForm(new TextEncoder().encode("hello"), "image/png")));
    expect(text).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [{ path: "logo", message: "invalid_logo" }] } });
    const big = await as(a.admin.actor, () => actions.uploadCenterLogoAction(slug, logoForm(new Uint8Array(3 * 1024 * 1024))));
    expect(big).toMatchObject({ ok: false, error: { code: "payload_too_large" } });
    const missing = await as(a.admin.actor, () => actions.uploadCenterLogoAction(slug, new FormData()));
    expect(missing).toMatchObject({ ok: false, error: { code: "validation_failed" } });

    expect(await as(a.owner.actor, () => actions.removeCenterLogoAction(slug))).toEqual({ ok: true, data: null });
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).logoUrl).toBeNull();
  });

  it("two tenants: an admin of B gets not_found for every action on A, and nothing changes", async () => {
    const { a, b, slug, instructorSession } = await setup();
    const png = new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).png().toBuffer());
    const bAdmin = b.admin.actor;
    const results = [
      await as(bAdmin, () => actions.updateCenterProfileAction(slug, { ...profile, nameEn: "Hijacked" })),
      await as(bAdmin, () => actions.uploadCenterLogoAction(slug, logoForm(png))),
      await as(bAdmin, () => actions.removeCenterLogoAction(slug)),
      await as(bAdmin, () => actions.revokeStaffSessionAction(slug, { kind: "web", sessionId: instructorSession.id })),
      // A's slug only names the center: B's admin is not staff there, so there is no account to close through it.
      await as(bAdmin, () => actions.deactivateAccountAction(slug, { confirmation: "DEACTIVATE" })),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).toMatchObject({ nameEn: a.center.nameEn, logoUrl: null });
    expect((await db.session.findUniqueOrThrow({ where: { id: instructorSession.id } })).revokedAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: b.admin.user.id } })).status).toBe("ACTIVE");
    expect(session.signedOut).toEqual([]);

    // B's own admin still cannot reach A's staff session through B's slug.
    const viaB = await as(bAdmin, () => actions.revokeStaffSessionAction(b.center.slug, { kind: "web", sessionId: instructorSession.id }));
    expect(viaB).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await as(null, () => actions.updateCenterProfileAction(slug, profile))).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });

  it("instructors can neither change the profile nor sign anyone out", async () => {
    const { a, slug } = await setup();
    const adminSession = await addWebSession(a.admin.user.id);
    expect(await as(a.instructor.actor, () => actions.updateCenterProfileAction(slug, profile))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await as(a.instructor.actor, () => actions.removeCenterLogoAction(slug))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await as(a.instructor.actor, () => actions.revokeStaffSessionAction(slug, { kind: "web", sessionId: adminSession.id }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("deactivates the signed-in person and sends them home; the last owner is told why not", async () => {
    const { a, slug, instructorSession } = await setup();
    const refused = await as(a.owner.actor, () => actions.deactivateAccountAction(slug, { confirmation: "DEACTIVATE" }));
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: `You are the last owner of ${a.center.nameEn}. Make another staff member an owner first, then deactivate your account.` } });
    const mismatch = await as(a.instructor.actor, () => actions.deactivateAccountAction(slug, { confirmation: "no" }));
    expect(mismatch).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [{ path: "confirmation", message: "confirmation_mismatch" }] } });

    await expect(as(a.instructor.actor, () => actions.deactivateAccountAction(slug, { confirmation: "deactivate" }))).rejects.toThrow(Redirect);
    expect(session.signedOut).toEqual(["/"]);
    // A center admin's deactivation anonymizes like Delete My Account (issue 8, ADR 0034).
    expect(await db.user.findUniqueOrThrow({ where: { id: a.instructor.user.id } })).toMatchObject({ status: "DELETED", name: null, phone: null, email: null });
    expect(await db.session.findUniqueOrThrow({ where: { id: instructorSession.id } })).toMatchObject({ revokedReason: "ACCOUNT_DELETED" });
  });
});
