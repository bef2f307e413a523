import "server-only";
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getCenter, type CenterProfile } from "./get-center";

/** What a center slug in a URL may look like: bounded, so a cache key made from it stays small. */
export const centerSlugParam = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);

/**
 * An ACTIVE center's public profile by its URL slug (the web's readable address). A malformed slug,
 * a missing center and a PENDING or SUSPENDED one all answer `not_found`, alike.
 */
export async function getCenterBySlug(input: { slug: string; locale: Locale }, reader: Db = db): Promise<CenterProfile> {
  if (!centerSlugParam.safeParse(input.slug).success) throw new AppError("not_found");
  const center = await reader.center.findFirst({ where: { slug: input.slug, status: "ACTIVE" }, select: { id: true } });
  if (!center) throw new AppError("not_found");
  return getCenter({ centerId: center.id, locale: input.locale }, reader);
}
