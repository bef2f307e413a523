import { z } from "zod";
import { AppError } from "@/lib/http/errors";

const uuid = z.uuid();

/** A course id from a URL: anything that is not a UUID answers `not_found`, like a missing course. */
export function assertCourseId(courseId: string): string {
  if (!uuid.safeParse(courseId).success) throw new AppError("not_found");
  return courseId;
}
