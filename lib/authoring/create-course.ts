import "server-only";
import { randomBytes } from "node:crypto";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { createCourseInput, type CreateCourseInput } from "./schemas";
import { logAuthoring } from "./scope";

/** A URL slug from the English title (Burmese titles give none), made unique with a short suffix. */
function slugFor(titleEn: string | null | undefined): string {
  const base = (titleEn ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "course"}-${randomBytes(3).toString("hex")}`;
}

/** Creates a DRAFT course in the center (owners and admins). A taken slug is a 409 conflict. */
export async function createCourse(access: CenterAccess, input: CreateCourseInput, client?: ClientInfo): Promise<{ courseId: string; slug: string }> {
  requirePermission(access, "course.create");
  const data = createCourseInput.parse(input);
  const category = await db.category.findUnique({ where: { id: data.categoryId }, select: { id: true } });
  if (!category) {
    throw new AppError("validation_failed", { details: [{ path: "body.categoryId", code: "unknown_category", message: "Unknown category" }] });
  }
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: { ...data, ...centerScope(access), slug: data.slug ?? slugFor(data.titleEn), status: "DRAFT" },
      select: { id: true, slug: true },
    });
    await logAuthoring(tx, access, {
      action: "course.created",
      targetType: "course",
      targetId: course.id,
      client,
      metadata: { priceAmount: data.priceAmount, currency: data.currency },
    });
    return { courseId: course.id, slug: course.slug };
  });
}
