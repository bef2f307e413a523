import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { cachedGetCenterBySlug } from "@/lib/catalog/cached-catalog";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/http/errors";
import { toAppError } from "@/lib/http/map-error";
import { getStorage } from "@/lib/storage/storage";
import { createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { getCenterProfile } from "./center-profile";
import type { CenterProfileInput } from "./center-profile-schema";
import { removeCenterLogo, setCenterLogo } from "./set-center-logo";
import { updateCenterProfile } from "./update-center-profile";

const blank: CenterProfileInput = {
  nameEn: "Golden Lotus Academy",
  nameMy: "",
  descriptionEn: "",
  descriptionMy: "",
  addressEn: "",
  addressMy: "",
  contactPhone: "",
  contactEmail: "",
  websiteUrl: "",
};

/** The error a transport would answer (through the one boundary mapper: zod → 422 with paths). */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) throw new Error("expected a failure");
  const { appError, unexpected } = toAppError(error);
  if (unexpected) throw error;
  return appError;
}

async function setup() {
  const a = await createCenterWithStaff();
  const b = await createCenterWithStaff();
  const access = async (actor: (typeof a)["owner"]["actor"], center: { id: string }) => getCenterAccess(actor, center.id);
  return { a, b, ownerA: await access(a.owner.actor, a.center), adminA: await access(a.admin.actor, a.center), instructorA: await access(a.instructor.actor, a.center), adminB: await access(b.admin.actor, b.center) };
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 1 } } }).png().toBuffer().then((b) => new Uint8Array(b));

describe("center profile", () => {
  it("stores Burmese typed on a Zawgyi keyboard as Unicode, the phone as E.164, and refreshes the public page", async () => {
    const { a, adminA } = await setup();
    const before = await cachedGetCenterBySlug(a.center.slug, "en");
    expect(before.name).toBe(a.center.nameEn);
    const zawgyiName = unicodeToZawgyi("ရွှေကြာ သင်တန်းကျောင်း");
    expect(zawgyiName).not.toBe("ရွှေကြာ သင်တန်းကျောင်း");
    const saved = await updateCenterProfile(
      adminA,
      {
        ...blank,
        nameMy: zawgyiName,
        descriptionMy: `${unicodeToZawgyi("မြန်မာစာ သင်ကြားရေး")}\n${unicodeToZawgyi("အင်္ဂလိပ်စာ")}`,
        contactPhone: "09 420 123 456",
        contactEmail: "  Hello@Lotus.EDU.mm ",
        websiteUrl: "https://lotus.edu.mm",
      },
      testClient(),
    );
    expect(saved.values).toMatchObject({
      nameEn: "Golden Lotus Academy",
      nameMy: "ရွှေကြာ သင်တန်းကျောင်း",
      descriptionMy: "မြန်မာစာ သင်ကြားရေး\nအင်္ဂလိပ်စာ",
      contactPhone: "+959420123456",
      contactEmail: "hello@lotus.edu.mm",
      addressEn: "",
    });
    const row = await db.center.findUniqueOrThrow({ where: { id: a.center.id } });
    expect(row).toMatchObject({ nameMy: "ရွှေကြာ သင်တန်းကျောင်း", contactPhone: "+959420123456", addressEn: null, websiteUrl: "https://lotus.edu.mm" });
    expect((await cachedGetCenterBySlug(a.center.slug, "en")).name).toBe("Golden Lotus Academy");
    expect(await db.activityLog.count({ where: { centerId: a.center.id, action: "center.profile_updated", actorUserId: a.admin.user.id } })).toBe(1);
  });

  it("answers field errors for an invalid phone, email or website and changes nothing", async () => {
    const { a, ownerA } = await setup();
    const error = await failure(
      updateCenterProfile(ownerA, { ...blank, nameEn: "", contactPhone: "12345", contactEmail: "not-an-email", websiteUrl: "javascript:alert(1)" }, testClient()),
    );
    expect(error.code).toBe("validation_failed");
    expect(error.status).toBe(422);
    const fields = (error.details as { path: string; message: string }[]).map((f) => [f.path, f.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["body.contactPhone", "invalid_phone"],
        ["body.contactEmail", "invalid_email"],
        ["body.websiteUrl", "invalid_url"],
        ["body.nameEn", "name_required"],
      ]),
    );
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).nameEn).toBe(a.center.nameEn);
  });

  it("lets instructors read the profile but not change it or its logo", async () => {
    const { a, instructorA } = await setup();
    expect((await getCenterProfile(instructorA)).values.nameEn).toBe(a.center.nameEn);
    expect((await failure(updateCenterProfile(instructorA, blank, testClient()))).code).toBe("forbidden");
    expect((await failure(setCenterLogo(instructorA, await png(32, 32), testClient()))).code).toBe("forbidden");
    expect((await failure(removeCenterLogo(instructorA, testClient()))).code).toBe("forbidden");
  });

  it("two tenants: an admin of B reaches only B — A's settings are not_found", async () => {
    const { a, b, adminB } = await setup();
    expect((await failure(getCenterAccess(b.admin.actor, a.center.slug))).code).toBe("not_found");
    await updateCenterProfile(adminB, { ...blank, nameEn: "B renamed" }, testClient());
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).nameEn).toBe(a.center.nameEn);
    expect((await db.center.findUniqueOrThrow({ where: { id: b.center.id } })).nameEn).toBe("B renamed");
  });
});

describe("center logo", () => {
  it("re-encodes a PNG to a 256×256 WebP under an opaque key, and replaces and removes it cleanly", async () => {
    const { a, ownerA } = await setup();
    const first = await setCenterLogo(ownerA, await png(40, 20), testClient());
    expect(first.logoUrl).toMatch(new RegExp(`^/media/centers/${a.center.id}/logo-[0-9a-f]{24}\\.webp$`));
    const key = first.logoUrl.replace("/media/", "");
    const stored = await getStorage().get(key);
    expect(stored?.contentType).toBe("image/webp");
    expect(await sharp(stored?.bytes).metadata()).toMatchObject({ format: "webp", width: 256, height: 256 });
    expect(await db.mediaFile.findUniqueOrThrow({ where: { storageKey: key } })).toMatchObject({
      centerId: a.center.id,
      ownerUserId: a.owner.user.id,
      purpose: "CENTER_LOGO",
      mimeType: "image/webp",
      width: 256,
      height: 256,
      deletedAt: null,
    });
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).logoUrl).toBe(first.logoUrl);
    expect((await cachedGetCenterBySlug(a.center.slug, "en")).logoUrl).toBe(first.logoUrl);

    const jpeg = new Uint8Array(await sharp({ create: { width: 600, height: 600, channels: 3, background: "#aa3300" } }).jpeg().toBuffer());
    const second = await setCenterLogo(ownerA, jpeg, testClient());
    expect(await getStorage().get(key)).toBeNull();
    expect((await db.mediaFile.findUniqueOrThrow({ where: { storageKey: key } })).deletedAt).not.toBeNull();
    expect(await db.mediaFile.count({ where: { centerId: a.center.id, purpose: "CENTER_LOGO", deletedAt: null } })).toBe(1);

    await removeCenterLogo(ownerA, testClient());
    expect(await getStorage().get(second.logoUrl.replace("/media/", ""))).toBeNull();
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).logoUrl).toBeNull();
    expect(await db.activityLog.count({ where: { centerId: a.center.id, action: { in: ["center.logo_updated", "center.logo_removed"] } } })).toBe(3);
  });

  it("refuses what is not a PNG, JPEG or WebP with 422, and a file over 2 MB with 413", async () => {
    const { a, adminA } = await setup();
    const notImage = await failure(setCenterLogo(adminA, new TextEncoder().encode("<svg onload=alert(1)></svg>"), testClient()));
    expect([notImage.code, notImage.status]).toEqual(["validation_failed", 422]);
    expect(notImage.details).toEqual([expect.objectContaining({ path: "body.logo", code: "not_an_image" })]);
    const gif = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).gif().toBuffer());
    expect((await failure(setCenterLogo(adminA, gif, testClient()))).details).toEqual([expect.objectContaining({ code: "unsupported_format" })]);
    // A real PNG header over corrupt data: only decoding finds out.
    const good = await png(16, 16);
    const corrupt = good.slice(0, good.length - 20);
    corrupt.set([0xde, 0xad, 0xbe, 0xef], 60);
    expect((await failure(setCenterLogo(adminA, corrupt, testClient()))).status).toBe(422);
    const oversized = await failure(setCenterLogo(adminA, new Uint8Array(2 * 1024 * 1024 + 1), testClient()));
    expect([oversized.code, oversized.status]).toEqual(["payload_too_large", 413]);
    expect((await db.center.findUniqueOrThrow({ where: { id: a.center.id } })).logoUrl).toBeNull();
    expect(await db.mediaFile.count({ where: { centerId: a.center.id } })).toBe(0);
  });
});
