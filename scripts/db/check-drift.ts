// Exit 0 when prisma/migrations builds exactly prisma/schema.prisma; exit 2 and print the SQL of
// the missing migration when the schema changed without one; exit 1 on errors.
import { runCli } from "./cli.ts";
import { withScratchDatabase } from "./scratch-database.ts";
import { checkDrift } from "./schema-engine.ts";

runCli(async () => {
  const { drifted, script } = await withScratchDatabase((url) => checkDrift(url));
  if (!drifted) {
    console.log("db:check-drift: no drift — prisma/migrations matches prisma/schema.prisma");
    return 0;
  }
  console.log(script.trimEnd());
  console.error("db:check-drift: drift — schema.prisma changed without a migration; run npm run db:new-migration -- <name>");
  return 2;
});
