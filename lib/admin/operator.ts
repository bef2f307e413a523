import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";

/**
 * Security-critical: the platform admin area belongs to platform admins alone. Everyone else
 * (signed out, a student, a center owner) gets `not_found`, exactly as for a page that does not
 * exist, so the area does not even confirm that it exists.
 */
export function assertPlatformAdmin(actor: Actor | null | undefined): asserts actor is Actor {
  if (actor?.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
}
