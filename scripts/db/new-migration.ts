// npm run db:new-migration -- <name> — write prisma/migrations/<timestamp>_<name>/migration.sql
// for what prisma/schema.prisma adds to the migrations (computed on a scratch database).
import path from "node:path";
import { runCli } from "./cli.ts";
import { projectRoot } from "./migrations-dir.ts";
import { withScratchDatabase } from "./scratch-database.ts";
import { createMigration } from "./schema-engine.ts";

runCli(async ([name, ...rest]) => {
  if (!name || rest.length > 0) {
    console.error("usage: npm run db:new-migration -- <name>   (e.g. add_course_slug)");
    return 1;
  }
  const created = await withScratchDatabase((url) => createMigration(url, name));
  if (!created) {
    console.log("db:new-migration: no changes — prisma/schema.prisma matches the migrations");
    return 0;
  }
  console.log(`db:new-migration: created ${path.relative(projectRoot, created.file)}`);
  return 0;
});
