/**
 * `npm run db:deploy`: the release step of a production deploy (docs/deploy.md), run once per release
 * before new app instances take traffic — never by the instances themselves (ADR 0047):
 * 1. `prisma migrate deploy` applies pending migrations to DATABASE_URL (the CLI; on machines without
 *    the native schema engine it runs on the WebAssembly engine, ADR 0002) under Prisma's advisory
 *    lock, so two deploys at once cannot both migrate;
 * 2. base data (categories, professions, policy versions) is brought up to date; idempotent, no demo data.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { runCli } from "./cli.ts";
import { projectRoot } from "./migrations-dir.ts";

runCli(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required: db:deploy migrates the production database it names");
  const started = performance.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: process.env,
    });
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  if (code !== 0) {
    console.error("db:deploy: prisma migrate deploy failed; nothing else was done (new instances stay not ready)");
    return code;
  }
  const seeded = await seedDatabase(url, { demo: false });
  const { base } = seeded;
  console.log(
    `db:deploy: migrations applied; base data ${base.categories} categories, ${base.professions} professions, ` +
      `${base.policyVersions} policy versions (${Math.round(performance.now() - started)} ms)`,
  );
  return 0;
});
