import "server-only";
import { db, type Db } from "@/lib/db";

export type Health = {
  status: "ok" | "unavailable";
  database: { status: "up" | "down"; latencyMs: number };
  time: string;
};

const TIMEOUT_MS = 2000;

/** Liveness plus database reachability: one round trip, bounded by a timeout. */
export async function checkHealth(client: Pick<Db, "$queryRaw"> = db): Promise<Health> {
  const started = performance.now();
  const up = await Promise.race([
    client.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref()),
  ]);
  const latencyMs = Math.round(performance.now() - started);
  return {
    status: up ? "ok" : "unavailable",
    database: { status: up ? "up" : "down", latencyMs },
    time: new Date().toISOString(),
  };
}
