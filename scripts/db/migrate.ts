// npm run db:migrate — apply pending migrations to DATABASE_URL, or to the embedded dev database.
import { runCli } from "./cli.ts";
import { startDevDatabase } from "./dev-database.ts";
import { applyMigrations } from "./schema-engine.ts";

runCli(async () => {
  const started = performance.now();
  const target = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, description: "DATABASE_URL", stop: async () => {} }
    : await startDevDatabase();
  try {
    const applied = await applyMigrations(target.url);
    const ms = Math.round(performance.now() - started);
    console.log(
      applied.length === 0
        ? `db:migrate: ${target.description} is up to date (${ms} ms)`
        : `db:migrate: applied ${applied.length} migration(s) to ${target.description}: ${applied.join(", ")} (${ms} ms)`,
    );
    return 0;
  } finally {
    await target.stop();
  }
});
