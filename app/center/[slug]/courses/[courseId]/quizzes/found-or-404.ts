import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/http/errors";

/** A page's read: a `not_found` (missing, another center's, or outside an instructor's courses) is the standard 404. */
export async function foundOr404<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
