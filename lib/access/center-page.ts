import "server-only";
import { notFound, redirect } from "next/navigation";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { getCenterAccess, type CenterAccess } from "./center-scope";

/**
 * For a dashboard page.tsx (never a layout): the signed-in visitor's access to the center. Signed
 * out → `/login?next=<path>`; not staff of this center (or no such center) → the standard 404.
 */
export async function requireCenterPageAccess(slug: string, path: string): Promise<CenterAccess> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  try {
    return await getCenterAccess(actor, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The visitor's access when they are staff of the center, else null (public pages' fallback). */
export async function findCenterPageAccess(slug: string): Promise<CenterAccess | null> {
  const actor = await getWebActor();
  if (!actor) return null;
  try {
    return await getCenterAccess(actor, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
