import "server-only";
import { publicCourseWhere } from "@/lib/catalog/get-course";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

export type PurchasableCourse = {
  id: string;
  centerId: string;
  priceAmount: number;
  currency: "MMK" | "USD";
  titleEn: string | null;
  titleMy: string | null;
};

/** A course that can be bought now: published by an active center (404 otherwise, as for the catalog). */
export async function findPurchasableCourse(courseId: string): Promise<PurchasableCourse> {
  const course = await db.course.findFirst({
    where: { id: courseId, ...publicCourseWhere },
    select: { id: true, centerId: true, priceAmount: true, currency: true, titleEn: true, titleMy: true },
  });
  if (!course) throw new AppError("not_found");
  return course;
}
