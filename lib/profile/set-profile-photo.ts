import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { getStorage } from "@/lib/storage/storage";
import { getProfile } from "./get-profile";
import { processPhoto } from "./process-photo";
import type { Profile } from "./profile-dto";

/** Replaces the person's photo: validated, resized, stored; the previous file is deleted. */
export async function setProfilePhoto(userId: string, upload: Uint8Array): Promise<Profile> {
  const photo = await processPhoto(upload);
  const storage = getStorage();
  const key = `users/${userId}/photo-${randomBytes(12).toString("hex")}.webp`;
  await storage.put(key, photo.bytes, "image/webp");
  const previous = await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, status: "ACTIVE" }, select: { id: true } });
    if (!user) throw new AppError("not_found");
    const old = await retirePhotos(tx, userId);
    await tx.mediaFile.create({
      data: {
        ownerUserId: userId,
        purpose: "USER_PHOTO",
        storageKey: key,
        mimeType: "image/webp",
        sizeBytes: photo.bytes.byteLength,
        sha256: createHash("sha256").update(photo.bytes).digest("hex"),
        width: photo.width,
        height: photo.height,
      },
    });
    await tx.user.update({ where: { id: userId }, data: { image: storage.urlFor(key) } });
    return old;
  }).catch(async (error: unknown) => {
    await storage.delete(key);
    throw error;
  });
  await Promise.all(previous.map((file) => storage.delete(file.storageKey)));
  return getProfile(userId);
}

/** Removes the person's photo and its file. */
export async function removeProfilePhoto(userId: string): Promise<Profile> {
  const storage = getStorage();
  const files = await db.$transaction(async (tx) => {
    const old = await retirePhotos(tx, userId);
    const updated = await tx.user.updateMany({ where: { id: userId, status: "ACTIVE" }, data: { image: null } });
    if (updated.count === 0) throw new AppError("not_found");
    return old;
  });
  await Promise.all(files.map((file) => storage.delete(file.storageKey)));
  return getProfile(userId);
}

/** Marks the person's current photo files deleted and returns their keys for removal from storage. */
async function retirePhotos(tx: Tx, userId: string) {
  const files = await tx.mediaFile.findMany({
    where: { ownerUserId: userId, purpose: "USER_PHOTO", deletedAt: null },
    select: { id: true, storageKey: true },
  });
  await tx.mediaFile.updateMany({ where: { id: { in: files.map((f) => f.id) } }, data: { deletedAt: new Date() } });
  return files;
}
