import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { updateCourseInput, type UpdateCourseInput } from "./schemas";
import { assertTitle, loadCourse, logAuthoring } from "./scope";

/**
 * Edits a course's text, category, level, language and price. Instructors may edit their assigned
 * courses but not the price (`course.price`: 403). A price change is logged as
 * `course.price_changed` with the old and new amounts (amounts are not personal data).
 */
export async function updateCourse(access: CenterAccess, input: UpdateCourseInput, client?: ClientInfo): Promise<{ courseId: string }> {
  requirePermission(access, "course.update");
  const { courseId, ...changes } = updateCourseInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, access, courseId);
    const newAmount = changes.priceAmount ?? course.priceAmount;
    const newCurrency = changes.currency ?? course.currency;
    const priceChanged = newAmount !== course.priceAmount || newCurrency !== course.currency;
    if (priceChanged) requirePermission(access, "course.price");
    assertTitle(changes.titleEn === undefined ? course.titleEn : changes.titleEn, changes.titleMy === undefined ? course.titleMy : changes.titleMy);
    if (changes.categoryId) {
      const category = await tx.category.findUnique({ where: { id: changes.categoryId }, select: { id: true } });
      if (!category) {
        throw new AppError("validation_failed", { details: [{ path: "body.categoryId", code: "unknown_category", message: "Unknown category" }] });
      }
    }
    await tx.course.update({ where: { id: course.id }, data: changes });
    const changed = Object.entries(changes)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key)
      .sort();
    if (changed.some((key) => key !== "priceAmount" && key !== "currency")) {
      await logAuthoring(tx, access, { action: "course.updated", targetType: "course", targetId: course.id, client, metadata: { fields: changed.join(",") } });
    }
    if (priceChanged) {
      await logAuthoring(tx, access, {
        action: "course.price_changed",
        targetType: "course",
        targetId: course.id,
        client,
        metadata: { oldAmount: course.priceAmount, newAmount, oldCurrency: course.currency, newCurrency },
      });
    }
    return { courseId: course.id };
  });
}
