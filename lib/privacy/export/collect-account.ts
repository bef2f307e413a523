import "server-only";
import { AppError } from "@/lib/http/errors";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull, ref, text } from "./export-primitives";

const taxonomy = { id: true, slug: true, nameEn: true, nameMy: true } as const;
const named = (row: { id: string; slug: string; nameEn: string | null; nameMy: string | null }) => ({ id: row.id, slug: row.slug, name: text(row.nameEn, row.nameMy) });

/** The profile with its preferences (S1.1); not_found unless the account is active. */
export async function collectUser(ctx: ExportContext): Promise<ExportDocument["user"]> {
  const user = await ctx.tx.user.findFirst({
    where: { id: ctx.userId, status: "ACTIVE" },
    select: {
      id: true,
      name: true,
      phone: true,
      phoneVerifiedAt: true,
      email: true,
      emailVerified: true,
      image: true,
      locale: true,
      status: true,
      role: true,
      ageConfirmedAt: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      categoryPreferences: { select: { createdAt: true, category: { select: taxonomy } }, orderBy: { createdAt: "asc" } },
      professionPreferences: { select: { createdAt: true, profession: { select: taxonomy } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw new AppError("not_found");
  return {
    id: user.id,
    name: user.name,
    phone: user.phone,
    phoneVerifiedAt: isoOrNull(user.phoneVerifiedAt),
    email: user.email,
    emailVerifiedAt: isoOrNull(user.emailVerified),
    photoUrl: user.image,
    locale: user.locale === "EN" ? "en" : "my",
    status: user.status,
    role: user.role,
    ageConfirmedAt: isoOrNull(user.ageConfirmedAt),
    lastLoginAt: isoOrNull(user.lastLoginAt),
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
    preferences: {
      categories: user.categoryPreferences.map((p) => ({ ...named(p.category), since: iso(p.createdAt) })),
      professions: user.professionPreferences.map((p) => ({ ...named(p.profession), since: iso(p.createdAt) })),
    },
  };
}

/** Web and mobile sessions with their device data (S1.2); never a session or refresh token. */
export async function collectSessions(ctx: ExportContext): Promise<ExportDocument["sessions"]> {
  const query = { where: { userId: ctx.userId }, orderBy: { createdAt: "desc" }, take: TAKE } as const;
  const common = { ip: true, country: true, deviceType: true, os: true, createdAt: true, lastSeenAt: true, revokedAt: true, revokedReason: true } as const;
  const web = await ctx.tx.session.findMany({ ...query, select: { ...common, browser: true, expires: true } });
  const mobile = await ctx.tx.mobileSession.findMany({ ...query, select: { ...common, platform: true, deviceModel: true, appVersion: true, expiresAt: true } });
  const shared = (s: { ip: string | null; country: string | null; createdAt: Date; lastSeenAt: Date | null; revokedAt: Date | null; revokedReason: string | null }) => ({
    ip: s.ip,
    country: s.country,
    createdAt: iso(s.createdAt),
    lastSeenAt: isoOrNull(s.lastSeenAt),
    revokedAt: isoOrNull(s.revokedAt),
    revokedReason: s.revokedReason,
  });
  return {
    web: capped(ctx, "sessions", web).map((s) => ({ ...shared(s), deviceType: s.deviceType, os: s.os, browser: s.browser, expiresAt: iso(s.expires) })),
    mobile: capped(ctx, "sessions", mobile).map((s) => ({
      ...shared(s),
      platform: s.platform,
      deviceType: s.deviceType,
      deviceModel: s.deviceModel,
      os: s.os,
      appVersion: s.appVersion,
      expiresAt: iso(s.expiresAt),
    })),
  };
}

/** Push tokens, masked to their last 6 characters (ADR 0035). */
export async function collectDeviceTokens(ctx: ExportContext): Promise<ExportDocument["deviceTokens"]> {
  const rows = await ctx.tx.deviceToken.findMany({
    where: { userId: ctx.userId },
    select: { platform: true, token: true, appVersion: true, createdAt: true, lastSeenAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "deviceTokens", rows).map((d) => ({
    platform: d.platform,
    tokenEnding: d.token.slice(-6),
    appVersion: d.appVersion,
    createdAt: iso(d.createdAt),
    lastSeenAt: iso(d.lastSeenAt),
  }));
}

/** The Telegram link (S1.3) and the course groups it was let into. */
export async function collectTelegram(ctx: ExportContext): Promise<ExportDocument["telegram"]> {
  const link = await ctx.tx.telegramLink.findUnique({
    where: { userId: ctx.userId },
    select: {
      telegramId: true,
      username: true,
      firstName: true,
      lastName: true,
      photoUrl: true,
      authDate: true,
      createdAt: true,
      groupMemberships: {
        select: { status: true, requestedAt: true, approvedAt: true, removedAt: true, group: { select: { course: { select: { id: true, titleEn: true, titleMy: true } } } } },
        orderBy: { createdAt: "desc" },
        take: TAKE,
      },
    },
  });
  if (!link) return null;
  return {
    telegramId: link.telegramId.toString(),
    username: link.username,
    firstName: link.firstName,
    lastName: link.lastName,
    photoUrl: link.photoUrl,
    authDate: iso(link.authDate),
    linkedAt: iso(link.createdAt),
    courseGroups: link.groupMemberships.map((m) => ({
      course: ref(m.group.course),
      status: m.status,
      requestedAt: isoOrNull(m.requestedAt),
      approvedAt: isoOrNull(m.approvedAt),
      removedAt: isoOrNull(m.removedAt),
    })),
  };
}

/** OAuth links: which provider and account, never the provider's tokens. */
export async function collectLinkedAccounts(ctx: ExportContext): Promise<ExportDocument["linkedAccounts"]> {
  const rows = await ctx.tx.account.findMany({
    where: { userId: ctx.userId },
    select: { provider: true, type: true, providerAccountId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((a) => ({ ...a, createdAt: iso(a.createdAt) }));
}
