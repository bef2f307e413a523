import path from "node:path";
import { pathToFileURL } from "node:url";
import { seedBase, type BaseSeedResult } from "./base.ts";
import { createSeedClient, type SeedClient } from "./client.ts";
import { seedDemo } from "./demo.ts";

export type SeedSummary = {
  base: BaseSeedResult;
  /** "seeded" this run, "skipped" because centers already existed, or "off" (--no-demo, production) */
  demo: "seeded" | "skipped" | "off";
  counts: Awaited<ReturnType<typeof countRows>>;
  ms: number;
};

/** Seeds base data always and demo data when asked and the database has no center yet. */
export async function seedDatabase(connectionString: string, options: { demo: boolean }): Promise<SeedSummary> {
  const started = performance.now();
  const db = createSeedClient(connectionString);
  try {
    const base = await seedBase(db);
    const demo = options.demo ? ((await seedDemo(db)).seeded ? "seeded" : "skipped") : "off";
    const counts = await countRows(db);
    return { base, demo, counts, ms: Math.round(performance.now() - started) };
  } finally {
    await db.$disconnect();
  }
}

async function countRows(db: SeedClient) {
  const [centers, users, courses, publishedCourses, lessons, quizzes, liveClasses, enrollments, orders, ledgerEntries, notifications] =
    await Promise.all([
      db.center.count(),
      db.user.count(),
      db.course.count(),
      db.course.count({ where: { status: "PUBLISHED" } }),
      db.lesson.count(),
      db.quiz.count(),
      db.liveClass.count(),
      db.enrollment.count(),
      db.order.count(),
      db.ledgerEntry.count(),
      db.notification.count(),
    ]);
  return { centers, users, courses, publishedCourses, lessons, quizzes, liveClasses, enrollments, orders, ledgerEntries, notifications };
}

function summaryLine(summary: SeedSummary): string {
  const { base, counts } = summary;
  const totals = Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
  return (
    `seed: base ${base.categories} categories, ${base.professions} professions, ${base.policyVersions} policy versions; ` +
    `demo ${summary.demo}; now ${totals}; in ${(summary.ms / 1000).toFixed(1)} s`
  );
}

// `tsx prisma/seed/index.ts [--no-demo]` seeds DATABASE_URL.
const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write("DATABASE_URL is not set\n");
    process.exit(1);
  }
  try {
    const summary = await seedDatabase(url, { demo: !process.argv.includes("--no-demo") });
    process.stdout.write(`${summaryLine(summary)}\n`);
  } catch (error) {
    process.stderr.write(`seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
