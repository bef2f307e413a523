import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { TELEGRAM_GROUP_KINDS } from "./kinds";

const PAGE = 500;

type Lapsed = { id: string; approved_at: Date | null };

/**
 * The sweep job (every 15 minutes): queues the removal of every APPROVED group member whose
 * account no longer holds an active enrollment in the group's course (expired, revoked, refunded).
 * The key names the approval, so repeated sweeps queue one removal per approval, while a member
 * approved again later and lapsing again gets a new one. Returns counts only.
 */
export async function removeLapsedGroupMembers(now = new Date()): Promise<{ lapsed: number; queued: number }> {
  let lapsed = 0;
  let queued = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // A column-to-column condition (the member's user and the group's course) that Prisma's
    // filters cannot express; the same rule as activeEnrollmentWhere.
    const rows = await db.$queryRaw<Lapsed[]>`
      SELECT m.id::text AS id, m.approved_at
      FROM telegram_group_members m
      JOIN telegram_links l ON l.id = m.telegram_link_id
      JOIN telegram_course_groups g ON g.id = m.group_id
      WHERE m.status = 'APPROVED' AND m.id > ${after}::uuid
        AND NOT EXISTS (
          SELECT 1 FROM enrollments e
          WHERE e.user_id = l.user_id AND e.course_id = g.course_id AND e.status = 'ACTIVE'
            AND (e.expires_at IS NULL OR e.expires_at > ${now})
        )
      ORDER BY m.id
      LIMIT ${PAGE}`;
    if (rows.length === 0) break;
    lapsed += rows.length;
    const created = await db.$transaction(async (tx) => {
      let count = 0;
      for (const row of rows) {
        const key = `telegram-member:${row.id}:lapsed:${row.approved_at?.getTime() ?? 0}`;
        if ((await enqueueOutbox(tx, { kind: TELEGRAM_GROUP_KINDS.removeLapsed, payload: { memberId: row.id }, idempotencyKey: key })).created) count += 1;
      }
      return count;
    });
    queued += created;
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) break;
  }
  if (lapsed > 0) log.info("telegram.group.lapsed_sweep", { lapsed, queued });
  return { lapsed, queued };
}
