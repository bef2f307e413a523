import "server-only";
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";

/**
 * Baselines for `npm run bench:api`, measured in the same run as the real endpoints: a bare route
 * handler with static JSON and one with a single-row query. They do not exist in production mode.
 */
export function benchStatic(): Response {
  if (isProduction()) return new Response(null, { status: 404 });
  return Response.json({ ok: true, items: [{ id: 1, name: "static" }] });
}

export async function benchDatabase(): Promise<Response> {
  if (isProduction()) return new Response(null, { status: 404 });
  const row = await db.category.findFirst({ select: { id: true, slug: true } });
  return Response.json({ ok: true, row });
}
