import "server-only";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { PermanentFailure, type OutboxJob } from "@/lib/outbox/types";

/** The job's payload, or a PermanentFailure: no retry can fix a malformed row. */
export function parsePayload<T extends z.ZodType>(schema: T, job: OutboxJob): z.infer<T> {
  const result = schema.safeParse(job.payload);
  if (!result.success) throw new PermanentFailure("bad_payload");
  return result.data;
}

/** The "notify" catalogue in one language (texts sent to a person are in their own language). */
export function notifyTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "notify" });
}

const INTL_LOCALE: Record<Locale, string> = { my: "my-MM", en: "en-US" };

/** A date and time for people in Myanmar: Myanmar time (UTC+06:30), Burmese digits in Burmese. */
export function formatWhen(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Asia/Yangon",
    dateStyle: "medium",
    timeStyle: "short",
    numberingSystem: locale === "my" ? "mymr" : "latn",
  }).format(instant);
}

// A fan-out of a large course or a popular instructor writes thousands of rows in one transaction
// (all or nothing, so a re-run finds either everything or nothing): more than Prisma's 5 s default.
const FAN_OUT_TRANSACTION = { maxWait: 10_000, timeout: 5 * 60_000 };

/** Runs an event's fan-out in one transaction. */
export function inFanOutTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, FAN_OUT_TRANSACTION);
}

const PAGE = 1000;

/** The ids of a course's students whose enrollment grants access now and whose account is active, a page at a time. */
export async function* activeStudentIds(tx: Tx, course: { courseId: string; centerId: string }, now: Date): AsyncGenerator<string[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await tx.enrollment.findMany({
      where: { courseId: course.courseId, centerId: course.centerId, ...activeEnrollmentWhere(now), user: { status: "ACTIVE" }, ...(after ? { userId: { gt: after } } : {}) },
      select: { userId: true },
      orderBy: { userId: "asc" },
      take: PAGE,
    });
    if (rows.length > 0) yield rows.map((r) => r.userId);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]?.userId;
  }
}
