import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getWebActor } from "@/lib/auth/web-actor";
import { toAppError } from "@/lib/http/map-error";

/**
 * For an admin page.tsx (never a layout, which does not run on every navigation): signed out →
 * the login page; signed in but not a platform admin → the standard 404.
 */
export async function requireAdminPage(path: string): Promise<Actor> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  return actor;
}

const SHOWN = new Set(["not_found", "conflict", "forbidden", "validation_failed"]);

/**
 * For an admin server action: the error code its page shows (?error=<code>) for a refusal the
 * operator can understand; anything unexpected is rethrown to the error boundary.
 */
export function adminErrorCode(error: unknown): string {
  const { appError, unexpected } = toAppError(error);
  if (unexpected) throw error;
  return SHOWN.has(appError.code) ? appError.code : "unknown";
}

/** The page's notice for `?error=`: a known code, else nothing (a hand-typed query shows nothing). */
export function shownError(code: string | string[] | undefined): "not_found" | "conflict" | "forbidden" | "validation_failed" | "unknown" | null {
  if (typeof code !== "string") return null;
  return SHOWN.has(code) || code === "unknown" ? (code as "not_found") : null;
}
