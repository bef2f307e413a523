import { devOutboxEnabled, listDevMessages } from "@/lib/dev-outbox/dev-outbox";

export const dynamic = "force-dynamic";

/** `GET /api/dev/outbox?to=` — newest messages first; 404 in production mode (api-contract.md). */
export async function GET(req: Request) {
  if (!devOutboxEnabled()) {
    return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  }
  const url = new URL(req.url);
  const to = url.searchParams.get("to")?.trim() || undefined;
  const limit = Number(url.searchParams.get("limit") ?? "50");
  const items = await listDevMessages({ to, limit: Number.isInteger(limit) && limit > 0 ? limit : 50 });
  return Response.json({ items }, { headers: { "cache-control": "no-store" } });
}
