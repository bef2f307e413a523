import "server-only";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull, text } from "./export-primitives";

/** Roles in centers (center admins and instructors, C1). */
export async function collectMemberships(ctx: ExportContext): Promise<ExportDocument["centerMemberships"]> {
  const rows = await ctx.tx.centerMembership.findMany({
    where: { userId: ctx.userId },
    select: { role: true, status: true, createdAt: true, deactivatedAt: true, center: { select: { id: true, slug: true, nameEn: true, nameMy: true } } },
    orderBy: { createdAt: "asc" },
    take: TAKE,
  });
  return capped(ctx, "centerMemberships", rows).map((m) => ({
    center: { id: m.center.id, slug: m.center.slug, name: text(m.center.nameEn, m.center.nameMy) },
    role: m.role,
    status: m.status,
    createdAt: iso(m.createdAt),
    deactivatedAt: isoOrNull(m.deactivatedAt),
  }));
}

export async function collectInstructorProfile(ctx: ExportContext): Promise<ExportDocument["instructorProfile"]> {
  const p = await ctx.tx.instructorProfile.findUnique({ where: { userId: ctx.userId } });
  if (!p) return null;
  return {
    slug: p.slug,
    displayName: text(p.displayNameEn, p.displayNameMy),
    headline: text(p.headlineEn, p.headlineMy),
    bio: text(p.bioEn, p.bioMy),
    photoUrl: p.photoUrl,
    createdAt: iso(p.createdAt),
  };
}

/** Files the user uploaded: what they are, not where they are stored. */
export async function collectFiles(ctx: ExportContext): Promise<ExportDocument["files"]> {
  const rows = await ctx.tx.mediaFile.findMany({
    where: { ownerUserId: ctx.userId },
    select: { purpose: true, mimeType: true, sizeBytes: true, createdAt: true, deletedAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "files", rows).map((f) => ({ ...f, createdAt: iso(f.createdAt), deletedAt: isoOrNull(f.deletedAt) }));
}

/**
 * The security log of the user's own actions with their device and IP (S1.2, C1). The target id
 * and metadata are left out: as a center admin the target may be another person.
 */
export async function collectActivity(ctx: ExportContext): Promise<ExportDocument["activity"]> {
  const rows = await ctx.tx.activityLog.findMany({
    where: { actorUserId: ctx.userId },
    select: { action: true, targetType: true, ip: true, deviceType: true, os: true, browser: true, appVersion: true, country: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "activity", rows).map((a) => ({ ...a, createdAt: iso(a.createdAt) }));
}
