import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export const followingDto = z
  .object({
    followedAt: z.iso.datetime(),
    instructor: z.object({ id: z.uuid(), name: z.string(), headline: z.string().nullable(), photoUrl: z.string().nullable() }),
  })
  .meta({ id: "FollowedInstructor" });

export type FollowedInstructor = z.input<typeof followingDto>;

/** The instructors the actor follows, most recently followed first, keyset-paginated on (createdAt, id). */
export async function listFollowing(input: { actor: Actor; locale: Locale; limit: number; cursor?: string }) {
  const { actor, locale, limit } = input;
  const where: Prisma.FollowWhereInput = { userId: actor.userId };
  const after = decodeCursor(input.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.follow.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      instructor: { select: { id: true, displayNameEn: true, displayNameMy: true, headlineEn: true, headlineMy: true, photoUrl: true } },
    },
  });
  return toPage(
    rows,
    limit,
    (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
    ({ createdAt, instructor: i }): FollowedInstructor => ({
      followedAt: createdAt.toISOString(),
      instructor: {
        id: i.id,
        name: localized(i.displayNameEn, i.displayNameMy, locale),
        headline: localized(i.headlineEn, i.headlineMy, locale) || null,
        photoUrl: i.photoUrl,
      },
    }),
  );
}
