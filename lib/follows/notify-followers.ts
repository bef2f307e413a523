import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";

export const COURSE_PUBLISHED_FOLLOWERS = "course.published.followers";

/**
 * Queues the "new course from an instructor you follow" fan-out: ONE outbox row per course, ever
 * (the key has no date), so republishing never notifies twice. The worker resolves the course's
 * instructors and their followers, and each follower's preferences, at delivery time.
 */
export async function notifyFollowersOfNewCourse(tx: Tx, courseId: string): Promise<{ created: boolean }> {
  return enqueueOutbox(tx, {
    kind: COURSE_PUBLISHED_FOLLOWERS,
    payload: { courseId },
    idempotencyKey: `course-published:${courseId}`,
  });
}
