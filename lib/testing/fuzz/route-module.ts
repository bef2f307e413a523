import { existsSync } from "node:fs";
import path from "node:path";
import type { EndpointSpec } from "@/lib/http/endpoint";

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** `/api/v1/courses/{id}` → `app/api/v1/courses/[id]/route.ts`, as Next's file router maps it. */
export function routeFileFor(spec: Pick<EndpointSpec, "path">): string {
  return path.join("app", spec.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

/**
 * The handler Next would call for an endpoint, imported from its route file. Throws when the file
 * or the method's export is missing: an endpoint the contract lists must exist as a route.
 */
export async function loadRouteHandler(spec: Pick<EndpointSpec, "path" | "method">): Promise<RouteHandler> {
  const file = path.join(ROOT, routeFileFor(spec));
  if (!existsSync(file)) throw new Error(`no route file ${routeFileFor(spec)} for ${spec.method.toUpperCase()} ${spec.path}`);
  const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const handler = routeModule[spec.method.toUpperCase()];
  if (typeof handler !== "function") throw new Error(`${routeFileFor(spec)} exports no ${spec.method.toUpperCase()}`);
  return handler as RouteHandler;
}
