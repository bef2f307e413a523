export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers HTTP. No database call, so a database outage never makes an
 * orchestrator restart healthy instances (readiness, /api/health/ready, takes them out instead).
 */
export async function GET() {
  return Response.json({ status: "alive", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "cache-control": "no-store" } });
}
