import "server-only";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { getCenterProfile, type CenterProfile } from "./center-profile";
import { centerProfileInput, type CenterProfileInput } from "./center-profile-schema";
import { invalidateCenterPublicReads } from "./invalidate-center";

const orNull = (text: string) => (text === "" ? null : text);

/**
 * Saves the center's public profile (owners and admins). Parses with the form's schema, so every
 * text is stored as Unicode (Zawgyi converted) and the phone as E.164, whoever calls this.
 */
export async function updateCenterProfile(access: CenterAccess, input: CenterProfileInput, client: ClientInfo): Promise<CenterProfile> {
  requirePermission(access, "center.update");
  const values = centerProfileInput.parse(input);
  const { centerId } = centerScope(access);
  const profile = await db.$transaction(async (tx) => {
    await tx.center.update({
      where: { id: centerId },
      data: {
        nameEn: orNull(values.nameEn),
        nameMy: orNull(values.nameMy),
        descriptionEn: orNull(values.descriptionEn),
        descriptionMy: orNull(values.descriptionMy),
        addressEn: orNull(values.addressEn),
        addressMy: orNull(values.addressMy),
        contactPhone: orNull(values.contactPhone),
        contactEmail: orNull(values.contactEmail),
        websiteUrl: orNull(values.websiteUrl),
      },
    });
    // Ids only in the log (policy C1): the texts themselves are the center's current profile.
    await logActivity(tx, { action: "center.profile_updated", actorUserId: access.userId, centerId, targetType: "center", targetId: centerId, client });
    return getCenterProfile(access, tx);
  });
  await invalidateCenterPublicReads();
  return profile;
}
