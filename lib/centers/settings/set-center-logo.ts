import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { getStorage } from "@/lib/storage/storage";
import { invalidateCenterPublicReads } from "./invalidate-center";
import { processLogo } from "./process-logo";

/**
 * Replaces the center's logo (owners and admins): decoded, resized to a 256×256 WebP, stored under
 * a random key, recorded as a CENTER_LOGO media file; the previous file is retired and deleted.
 */
export async function setCenterLogo(access: CenterAccess, upload: Uint8Array, client: ClientInfo): Promise<{ logoUrl: string }> {
  requirePermission(access, "center.update");
  const { centerId } = centerScope(access);
  const logo = await processLogo(upload);
  const storage = getStorage();
  const key = `centers/${centerId}/logo-${randomBytes(12).toString("hex")}.webp`;
  const logoUrl = storage.urlFor(key);
  await storage.put(key, logo.bytes, "image/webp");
  const previous = await db
    .$transaction(async (tx) => {
      const old = await retireLogos(tx, centerId);
      const file = await tx.mediaFile.create({
        data: {
          ownerUserId: access.userId,
          centerId,
          purpose: "CENTER_LOGO",
          storageKey: key,
          mimeType: "image/webp",
          sizeBytes: logo.bytes.byteLength,
          sha256: createHash("sha256").update(logo.bytes).digest("hex"),
          width: logo.width,
          height: logo.height,
        },
        select: { id: true },
      });
      await tx.center.update({ where: { id: centerId }, data: { logoUrl } });
      await logActivity(tx, { action: "center.logo_updated", actorUserId: access.userId, centerId, targetType: "media_file", targetId: file.id, client });
      return old;
    })
    .catch(async (error: unknown) => {
      await storage.delete(key);
      throw error;
    });
  await deleteFiles(previous);
  await invalidateCenterPublicReads();
  return { logoUrl };
}

/** Removes the center's logo; the public page shows its initials again. */
export async function removeCenterLogo(access: CenterAccess, client: ClientInfo): Promise<void> {
  requirePermission(access, "center.update");
  const { centerId } = centerScope(access);
  const files = await db.$transaction(async (tx) => {
    const old = await retireLogos(tx, centerId);
    await tx.center.update({ where: { id: centerId }, data: { logoUrl: null } });
    await logActivity(tx, { action: "center.logo_removed", actorUserId: access.userId, centerId, targetType: "center", targetId: centerId, client });
    return old;
  });
  await deleteFiles(files);
  await invalidateCenterPublicReads();
}

/** Marks the center's current logo files deleted; their bytes go once the transaction committed. */
async function retireLogos(tx: Tx, centerId: string) {
  const files = await tx.mediaFile.findMany({ where: { centerId, purpose: "CENTER_LOGO", deletedAt: null }, select: { id: true, storageKey: true } });
  await tx.mediaFile.updateMany({ where: { id: { in: files.map((f) => f.id) } }, data: { deletedAt: new Date() } });
  return files;
}

async function deleteFiles(files: { storageKey: string }[]) {
  const storage = getStorage();
  await Promise.all(files.map((file) => storage.delete(file.storageKey)));
}
