import "server-only";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { CenterProfileValues } from "./center-profile-schema";

/** The settings page's view of the center: the form's values ("" for none) plus the logo and status. */
export type CenterProfile = {
  id: string;
  slug: string;
  status: "PENDING" | "ACTIVE" | "SUSPENDED";
  logoUrl: string | null;
  /** The editable fields, exactly as the form holds them. */
  values: CenterProfileValues;
};

const select = {
  id: true,
  slug: true,
  status: true,
  logoUrl: true,
  nameEn: true,
  nameMy: true,
  descriptionEn: true,
  descriptionMy: true,
  addressEn: true,
  addressMy: true,
  contactPhone: true,
  contactEmail: true,
  websiteUrl: true,
} as const;

/** The center's profile for any of its staff (instructors read it; owners and admins edit it). */
export async function getCenterProfile(access: CenterAccess, client: Tx | Db = db): Promise<CenterProfile> {
  requirePermission(access, "center.read");
  const row = await client.center.findFirst({ where: { id: centerScope(access).centerId }, select });
  if (!row) throw new AppError("not_found");
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    logoUrl: row.logoUrl,
    values: {
      nameEn: row.nameEn ?? "",
      nameMy: row.nameMy ?? "",
      descriptionEn: row.descriptionEn ?? "",
      descriptionMy: row.descriptionMy ?? "",
      addressEn: row.addressEn ?? "",
      addressMy: row.addressMy ?? "",
      contactPhone: row.contactPhone ?? "",
      contactEmail: row.contactEmail ?? "",
      websiteUrl: row.websiteUrl ?? "",
    },
  };
}
