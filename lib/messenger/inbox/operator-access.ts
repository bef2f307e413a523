import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";

/** Security-critical: the Messenger inbox is the platform operators' alone; anyone else gets not_found. */
export function assertOperator(actor: Actor | null): asserts actor is Actor {
  if (actor?.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
}
