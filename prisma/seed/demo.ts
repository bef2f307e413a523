import { lockSeed, type SeedClient } from "./client.ts";
import { buildCenters } from "./demo/centers.ts";
import { createContext } from "./demo/context.ts";
import { buildCourses } from "./demo/courses.ts";
import { buildLessonProgress, buildLiveParticipation, buildQuizAttempts } from "./demo/learning.ts";
import { buildLiveClasses } from "./demo/live-classes.ts";
import { buildNotifications } from "./demo/notifications.ts";
import { buildOrders } from "./demo/orders.ts";
import { buildQuizzes } from "./demo/quizzes.ts";
import { writeRows, type DemoRows } from "./demo/rows.ts";
import { buildPayouts, buildRefund } from "./demo/settlement.ts";
import { buildPreferences, buildStudents } from "./demo/students.ts";

export type DemoSeedResult = { seeded: true; rows: Record<keyof DemoRows, number> } | { seeded: false; reason: string };

/**
 * Builds the whole demo data set in memory. Deterministic: the same rows (ids included) on every
 * run, except live-class times, which follow `now` so that upcoming classes stay upcoming.
 */
export function buildDemoRows(input: { now: Date; categoryIds: Map<string, string>; professionIds: string[] }): DemoRows {
  const ctx = createContext(input);
  buildCenters(ctx);
  buildCourses(ctx);
  buildQuizzes(ctx);
  buildLiveClasses(ctx);
  buildStudents(ctx);
  const paid = buildOrders(ctx);
  buildRefund(ctx, paid);
  buildPayouts(ctx);
  buildLessonProgress(ctx);
  buildQuizAttempts(ctx);
  buildLiveParticipation(ctx);
  buildPreferences(ctx);
  buildNotifications(ctx);
  return ctx.rows;
}

/**
 * Demo centers, people, courses, purchases and learning activity, in English and Burmese. Writes
 * nothing when any center exists, so restarting never duplicates; needs seedBase to have run.
 */
export async function seedDemo(db: SeedClient, options: { now?: Date } = {}): Promise<DemoSeedResult> {
  if ((await db.center.count()) > 0) return { seeded: false, reason: "centers already exist" };
  const [categories, professions] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true } }),
    db.profession.findMany({ select: { id: true }, orderBy: { position: "asc" } }),
  ]);
  const rows = buildDemoRows({
    now: options.now ?? new Date(),
    categoryIds: new Map(categories.map((category) => [category.slug, category.id])),
    professionIds: professions.map((profession) => profession.id),
  });
  return db.$transaction(
    async (tx) => {
      await lockSeed(tx);
      // Checked again under the lock: another process may have seeded since the check above.
      if ((await tx.center.count()) > 0) return { seeded: false as const, reason: "centers already exist" };
      return { seeded: true as const, rows: await writeRows(tx, rows) };
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}
