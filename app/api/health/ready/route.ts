import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 when this instance should get traffic, else 503 with the reasons. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store", ...(readiness.status === "ready" ? {} : { "retry-after": "5" }) },
  });
}
