import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GET as getMedia } from "@/app/media/[...key]/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { getStorage } from "@/lib/storage/storage";
import { createCategory, createUser } from "@/lib/testing/factories";
import { getProfile } from "./get-profile";
import { removeProfilePhoto, setProfilePhoto } from "./set-profile-photo";
import { updateProfile } from "./update-profile";

async function jpegWithGps(): Promise<Uint8Array> {
  const image = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 30, b: 60 } } }).jpeg();
  const withExif = image.withExif({ IFD0: { Make: "PhoneMaker", Model: "X1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "16/1 47/1 0/1" } });
  return new Uint8Array(await withExif.toBuffer());
}

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => "none",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe("profile (policy S1.1, S6)", () => {
  it("returns the person's own profile and corrects it", async () => {
    const [user, other, category] = await Promise.all([createUser({ name: "Aye Aye" }), createUser({ name: "Other" }), createCategory()]);
    const updated = await updateProfile(user.id, { name: "အေးအေး", locale: "en", categoryIds: [category.id, category.id] });
    expect(updated).toMatchObject({ id: user.id, name: "အေးအေး", locale: "en", categoryIds: [category.id], ageConfirmed: true });
    expect((await getProfile(other.id)).name).toBe("Other");
  });

  it("refuses unknown preference ids with a field path and changes nothing", async () => {
    const user = await createUser({ name: "Before" });
    const error = await updateProfile(user.id, { name: "After", professionIds: ["0195d3c4-0000-7000-8000-00000000dead"] }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([expect.objectContaining({ path: "body.professionIds" })]);
    expect((await getProfile(user.id)).name).toBe("Before");
  });

  it("answers not_found for a deactivated account", async () => {
    const user = await createUser({ status: "DEACTIVATED" });
    expect(await codeOf(getProfile(user.id))).toBe("not_found");
    expect(await codeOf(updateProfile(user.id, { name: "x" }))).toBe("not_found");
  });

  it("stores a photo resized to 512×512 WebP without its metadata, and replaces it cleanly", async () => {
    const user = await createUser();
    const upload = await jpegWithGps();
    expect((await sharp(upload).metadata()).exif?.length ?? 0).toBeGreaterThan(0);
    const first = await setProfilePhoto(user.id, upload);
    expect(first.photoUrl).toMatch(/^\/media\/users\/.+\/photo-[0-9a-f]{24}\.webp$/);
    const key = (first.photoUrl ?? "").replace("/media/", "");
    const stored = await getStorage().get(key);
    const meta = await sharp(stored?.bytes).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 512, height: 512 });
    expect(meta.exif).toBeUndefined();

    const served = await getMedia(new Request(`http://localhost${first.photoUrl}`), { params: Promise.resolve({ key: key.split("/") }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");

    const second = await setProfilePhoto(user.id, await jpegWithGps());
    expect(second.photoUrl).not.toBe(first.photoUrl);
    expect(await getStorage().get(key)).toBeNull();
    expect(await db.mediaFile.count({ where: { ownerUserId: user.id, deletedAt: null } })).toBe(1);

    const removed = await removeProfilePhoto(user.id);
    expect(removed.photoUrl).toBeNull();
    expect(await getStorage().get((second.photoUrl ?? "").replace("/media/", ""))).toBeNull();
  });

  it("refuses what is not an image, and oversized uploads", async () => {
    const user = await createUser();
    expect(await codeOf(setProfilePhoto(user.id, new TextEncoder().encode("<svg onload=alert(1)>")))).toBe("validation_failed");
    expect(await codeOf(setProfilePhoto(user.id, new Uint8Array(6 * 1024 * 1024)))).toBe("payload_too_large");
    // A real PNG header over corrupt data passes the header check; decoding refuses it (422, not 500).
    const good = new Uint8Array(await sharp({ create: { width: 16, height: 16, channels: 3, background: "#08f" } }).png().toBuffer());
    const corrupt = good.slice(0, good.length - 20);
    corrupt.set([0xde, 0xad, 0xbe, 0xef], 60);
    expect(await codeOf(setProfilePhoto(user.id, corrupt))).toBe("validation_failed");
    expect((await getProfile(user.id)).photoUrl).toBeNull();
  });

  it("serves nothing for a key outside the storage", async () => {
    const res = await getMedia(new Request("http://localhost/media/x"), { params: Promise.resolve({ key: ["..", "..", "etc", "passwd"] }) });
    expect(res.status).toBe(404);
  });
});
