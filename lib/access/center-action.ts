import "server-only";
import { headers } from "next/headers";
import { getWebActor } from "@/lib/auth/web-actor";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { requestIdFrom } from "@/lib/http/request-context";
import { getCenterAccess, type CenterAccess } from "./center-scope";

/**
 * For a dashboard server action: the session's access to the center named by `slug` (the slug is
 * only a name; the session decides). Signed out → `unauthorized`; not staff → `not_found`.
 */
export async function getCenterActionAccess(slug: string): Promise<CenterAccess> {
  const actor = await getWebActor();
  if (!actor) throw new AppError("unauthorized");
  return getCenterAccess(actor, slug);
}

/** The browser's client info (IP, user agent, request id) for the activity log. */
export async function webClientInfo(): Promise<ClientInfo> {
  const requestHeaders = await headers();
  return readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders));
}
