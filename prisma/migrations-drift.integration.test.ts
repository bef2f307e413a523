import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { databaseUrl, dropDatabase, ensureDatabase } from "../scripts/db/databases.ts";
import { checkDrift } from "../scripts/db/schema-engine.ts";

// The migrations in prisma/migrations must produce exactly prisma/schema.prisma: a schema change
// committed without its migration fails here (and `npm run db:new-migration -- <name>` fixes it).
describe("schema.prisma and prisma/migrations", () => {
  it("do not drift", async () => {
    const adminUrl = inject("pgAdminUrl");
    const name = `drift_${randomBytes(4).toString("hex")}`;
    await ensureDatabase(adminUrl, name);
    try {
      const report = await checkDrift(databaseUrl(adminUrl, name));
      const hint = `schema.prisma differs from prisma/migrations; run npm run db:new-migration -- <name>\n${report.script}`;
      expect(report.drifted, hint).toBe(false);
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });
});
