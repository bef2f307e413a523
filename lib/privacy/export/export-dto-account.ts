import { z } from "zod";
import { bilingual, when, whenOrNull } from "./export-primitives";

/** The account sections of the export: profile, devices and sessions (S1.1, S1.2), links (S1.3). */

const platform = z.enum(["IOS", "ANDROID", "WEB"]);

export const exportUserDto = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    phoneVerifiedAt: whenOrNull,
    email: z.string().nullable(),
    emailVerifiedAt: whenOrNull,
    photoUrl: z.string().nullable(),
    locale: z.enum(["my", "en"]),
    status: z.enum(["ACTIVE", "DEACTIVATED", "DELETED"]),
    role: z.enum(["USER", "PLATFORM_ADMIN"]),
    ageConfirmedAt: whenOrNull,
    lastLoginAt: whenOrNull,
    createdAt: when,
    updatedAt: when,
    preferences: z.object({
      categories: z.array(z.object({ id: z.uuid(), slug: z.string(), name: bilingual, since: when })),
      professions: z.array(z.object({ id: z.uuid(), slug: z.string(), name: bilingual, since: when })),
    }),
  })
  .meta({ id: "ExportUser" });

export const exportSessionsDto = z
  .object({
    web: z.array(
      z.object({
        deviceType: z.string().nullable(),
        os: z.string().nullable(),
        browser: z.string().nullable(),
        ip: z.string().nullable(),
        country: z.string().nullable(),
        createdAt: when,
        lastSeenAt: whenOrNull,
        expiresAt: when,
        revokedAt: whenOrNull,
        revokedReason: z.string().nullable(),
      }),
    ),
    mobile: z.array(
      z.object({
        platform: platform.nullable(),
        deviceType: z.string().nullable(),
        deviceModel: z.string().nullable(),
        os: z.string().nullable(),
        appVersion: z.string().nullable(),
        ip: z.string().nullable(),
        country: z.string().nullable(),
        createdAt: when,
        lastSeenAt: whenOrNull,
        expiresAt: when,
        revokedAt: whenOrNull,
        revokedReason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ExportSessions" });

export const exportDeviceTokenDto = z
  .object({
    platform,
    /** Only the last 6 characters of the push token (ADR 0035). */
    tokenEnding: z.string(),
    appVersion: z.string().nullable(),
    createdAt: when,
    lastSeenAt: when,
  })
  .meta({ id: "ExportDeviceToken" });

export const exportTelegramDto = z
  .object({
    telegramId: z.string().meta({ description: "Telegram's numeric user id, as a decimal string" }),
    username: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    photoUrl: z.string().nullable(),
    authDate: when,
    linkedAt: when,
    courseGroups: z.array(
      z.object({ course: z.object({ id: z.uuid(), title: bilingual }), status: z.string(), requestedAt: whenOrNull, approvedAt: whenOrNull, removedAt: whenOrNull }),
    ),
  })
  .meta({ id: "ExportTelegramLink" });

export const exportLinkedAccountDto = z
  .object({ provider: z.string(), type: z.string(), providerAccountId: z.string(), createdAt: when })
  .meta({ id: "ExportLinkedAccount" });

export const exportMembershipDto = z
  .object({
    center: z.object({ id: z.uuid(), slug: z.string(), name: bilingual }),
    role: z.enum(["OWNER", "ADMIN", "INSTRUCTOR"]),
    status: z.enum(["ACTIVE", "DEACTIVATED"]),
    createdAt: when,
    deactivatedAt: whenOrNull,
  })
  .meta({ id: "ExportCenterMembership" });

export const exportInstructorProfileDto = z
  .object({ slug: z.string().nullable(), displayName: bilingual, headline: bilingual, bio: bilingual, photoUrl: z.string().nullable(), createdAt: when })
  .meta({ id: "ExportInstructorProfile" });

export const exportFileDto = z
  .object({ purpose: z.string(), mimeType: z.string(), sizeBytes: z.number().int(), createdAt: when, deletedAt: whenOrNull })
  .meta({ id: "ExportFile" });
