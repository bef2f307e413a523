import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Runs `work` with a Prisma client whose database never answers (port 1), then closes it. */
export async function withUnreachableDatabase<T>(work: (client: PrismaClient) => Promise<T>): Promise<T> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://x:y@127.0.0.1:1/none" }) });
  try {
    return await work(client);
  } finally {
    await client.$disconnect();
  }
}
