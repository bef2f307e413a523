import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage, type PageQuery } from "@/lib/http/pagination";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { MyLiveClassDto } from "./live-class-dto";
import { joinOpensAt, joinState } from "./live-class-rules";

/** An enrollment that gives access now: ACTIVE and not past its expiry. */
export function activeEnrollmentWhere(userId: string, now: Date): Prisma.EnrollmentWhereInput {
  return { userId, status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

/**
 * The actor's upcoming and running classes across their active enrollments, soonest first, keyset
 * paginated on (startsAt, id). Join links are never listed: they come from `joinLiveClass` only.
 */
export async function listMyLiveClasses(
  actor: Actor,
  options: PageQuery & { locale: Locale },
  now = new Date(),
): Promise<{ items: MyLiveClassDto[]; nextCursor: string | null }> {
  const cursor = decodeCursor(options.cursor);
  const after: Prisma.LiveClassWhereInput[] =
    cursor && typeof cursor.key === "string"
      ? [{ OR: [{ startsAt: { gt: new Date(cursor.key) } }, { startsAt: new Date(cursor.key), id: { gt: cursor.id } }] }]
      : [];
  const rows = await db.liveClass.findMany({
    where: {
      AND: [
        { course: { enrollments: { some: activeEnrollmentWhere(actor.userId, now) } } },
        // A LIVE class whose meeting.ended never arrived drops off half a day after its scheduled end.
        { OR: [{ status: "LIVE", endsAt: { gt: new Date(now.getTime() - 12 * 3600_000) } }, { status: "SCHEDULED", endsAt: { gt: now } }] },
        ...after,
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      startsAt: true,
      endsAt: true,
      status: true,
      course: { select: { id: true, titleEn: true, titleMy: true } },
    },
  });
  return toPage(
    rows,
    options.limit,
    (row) => ({ key: row.startsAt.toISOString(), id: row.id }),
    (row) => {
      const courseTitle = localized(row.course.titleEn, row.course.titleMy, options.locale);
      const title = localized(row.titleEn, row.titleMy, options.locale);
      return {
        id: row.id,
        title: title || courseTitle,
        course: { id: row.course.id, title: courseTitle },
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        status: row.status === "LIVE" ? ("LIVE" as const) : ("SCHEDULED" as const),
        joinOpensAt: joinOpensAt(row.startsAt).toISOString(),
        canJoinNow: joinState(row, now) === "open",
      };
    },
  );
}
