import { getOpenApiDocument } from "@/lib/api/openapi-document";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(getOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
