import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PermanentFailure } from "@/lib/outbox/types";
import { getStorage } from "@/lib/storage/storage";
import { createUser, unique } from "@/lib/testing/factories";
import { deleteMediaFile, enqueueMediaDelete, MEDIA_DELETE_KIND, TOMBSTONE_PREFIX } from "./media-delete";

async function storedFile(options: { deleted: boolean }) {
  const user = await createUser();
  const key = `users/${user.id}/photo-${unique("p").slice(2)}.webp`;
  await getStorage().put(key, new Uint8Array([7, 7, 7]), "image/webp");
  const file = await db.mediaFile.create({
    data: { ownerUserId: user.id, purpose: "USER_PHOTO", storageKey: key, mimeType: "image/webp", sizeBytes: 3, deletedAt: options.deleted ? new Date() : null },
  });
  return { key, file };
}

const job = (mediaFileId: unknown) => ({ id: "job", kind: MEDIA_DELETE_KIND, payload: { mediaFileId }, idempotencyKey: "k", attempts: 1 });

describe("media.delete outbox handler", () => {
  it("deletes a deleted file's bytes, tombstones its key, and is safe to repeat", async () => {
    const { key, file } = await storedFile({ deleted: true });
    await db.$transaction((tx) => enqueueMediaDelete(tx, file.id));
    await db.$transaction((tx) => enqueueMediaDelete(tx, file.id));
    expect(await db.outboxMessage.findMany({ where: { idempotencyKey: `${MEDIA_DELETE_KIND}:${file.id}` }, select: { payload: true } })).toEqual([
      { payload: { mediaFileId: file.id } },
    ]);

    await deleteMediaFile(job(file.id));
    expect(await getStorage().get(key)).toBeNull();
    expect((await db.mediaFile.findUniqueOrThrow({ where: { id: file.id } })).storageKey).toBe(`${TOMBSTONE_PREFIX}${file.id}`);
    await deleteMediaFile(job(file.id));
    await deleteMediaFile(job("00000000-0000-7000-8000-000000000000"));
  });

  it("never touches a live file, and refuses a bad payload for good", async () => {
    const { key, file } = await storedFile({ deleted: false });
    await expect(deleteMediaFile(job(file.id))).rejects.toBeInstanceOf(PermanentFailure);
    expect(await getStorage().get(key)).not.toBeNull();
    expect((await db.mediaFile.findUniqueOrThrow({ where: { id: file.id } })).storageKey).toBe(key);
    await expect(deleteMediaFile(job("not-a-uuid"))).rejects.toBeInstanceOf(PermanentFailure);
  });
});
