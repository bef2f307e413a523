import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { MediaPurpose } from "@/lib/generated/prisma/client";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { PermanentFailure, type OutboxHandlers, type OutboxJob } from "@/lib/outbox/types";
import { getStorage } from "@/lib/storage/storage";
import type { DeletionStep } from "./deletion-context";

/** The outbox kind that deletes one stored file's bytes (flows.md, flow 5: "delete the photo file"). */
export const MEDIA_DELETE_KIND = "media.delete";

/** The id only: the worker reads the key from the row, so no path sits in the outbox. */
export type MediaDeletePayload = { mediaFileId: string };

/** What a row's storage key becomes once its bytes are gone: unique, and saying nothing of the person. */
export const TOMBSTONE_PREFIX = "deleted/";

/** Files that are the person's own; a center's logos, covers and lessons belong to the center. */
const PERSONAL_PURPOSES: MediaPurpose[] = ["USER_PHOTO", "INSTRUCTOR_PHOTO", "SUPPORT_ATTACHMENT"];

/**
 * Marks the person's own files deleted (in the transaction) and queues the removal of their bytes.
 * Files retired earlier (a replaced photo) are queued too, so their rows lose the path as well.
 */
export const retirePersonalFiles: DeletionStep = async ({ tx, userId, now }) => {
  const files = await tx.mediaFile.findMany({
    where: { ownerUserId: userId, purpose: { in: PERSONAL_PURPOSES }, NOT: { storageKey: { startsWith: TOMBSTONE_PREFIX } } },
    select: { id: true },
  });
  await tx.mediaFile.updateMany({ where: { id: { in: files.map((f) => f.id) }, deletedAt: null }, data: { deletedAt: now } });
  for (const file of files) await enqueueMediaDelete(tx, file.id);
};

/** Queues one deleted file's bytes for removal; once per file. */
export async function enqueueMediaDelete(tx: Tx, mediaFileId: string): Promise<void> {
  const payload: MediaDeletePayload = { mediaFileId };
  await enqueueOutbox(tx, { kind: MEDIA_DELETE_KIND, payload, idempotencyKey: `${MEDIA_DELETE_KIND}:${mediaFileId}` });
}

const payloadSchema = z.object({ mediaFileId: z.uuid() });

/**
 * Deletes the bytes of a file whose row is marked deleted, then replaces the row's key with a
 * tombstone. Safe to repeat: a tombstoned or missing row is done. A row not marked deleted is
 * never touched (a mistaken row must not destroy a live file).
 */
export async function deleteMediaFile(job: OutboxJob): Promise<void> {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentFailure("invalid_payload");
  const { mediaFileId } = parsed.data;
  const file = await db.mediaFile.findUnique({ where: { id: mediaFileId }, select: { storageKey: true, deletedAt: true } });
  if (!file || file.storageKey.startsWith(TOMBSTONE_PREFIX)) return;
  if (!file.deletedAt) throw new PermanentFailure("file_not_deleted");
  await getStorage().delete(file.storageKey);
  await db.mediaFile.updateMany({ where: { id: mediaFileId, storageKey: file.storageKey }, data: { storageKey: `${TOMBSTONE_PREFIX}${mediaFileId}` } });
}

/** For the worker's registry (lib/outbox/handlers.ts). */
export const MEDIA_DELETE_HANDLERS: OutboxHandlers = { [MEDIA_DELETE_KIND]: deleteMediaFile };
