import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";

export type SeedClient = PrismaClient;
export type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A Prisma client for seeding. Deliberately not `lib/db.ts`: lib modules are `server-only` and
 * read the app environment, while the seed runs from scripts, tests and `npm start`.
 */
export function createSeedClient(connectionString: string): SeedClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2 }) });
}

/** Both seeds take this transaction-scoped lock, so two processes starting at once cannot both seed. */
export async function lockSeed(tx: SeedTx): Promise<void> {
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(727001)");
}
