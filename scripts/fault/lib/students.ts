import { randomUUID } from "node:crypto";
import type pg from "pg";
import { registerServerOnlyHook } from "../../../lib/jobs/start-in-process.ts";

export type Student = { userId: string; authorization: string };

/**
 * N new students with a mobile session each, and their Bearer headers. Like the Playwright login
 * fixture (ADR style: epic-stack), the accounts and sessions are inserted directly: the OTP flow
 * is not what these suites test, and its per-address send caps (rightly) stop 200 sign-ups from
 * one loopback address. The tokens are signed by the app's own signAccessToken.
 */
export async function createStudents(client: pg.Client, count: number, label: string): Promise<Student[]> {
  registerServerOnlyHook();
  process.env.APP_MODE ??= "demo";
  const { signAccessToken } = await import("../../../lib/auth/access-token.ts");
  const rows = Array.from({ length: count }, (_, i) => ({
    userId: randomUUID(),
    sessionId: randomUUID(),
    // +95979…: a Telenor-shaped number no seeded account uses; no real person behind it.
    phone: `+95979${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
    name: `${label} ${i + 1}`,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    await client.query(
      `INSERT INTO users (id, phone, name, age_confirmed_at, updated_at)
       SELECT * , now(), now() FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT (phone) DO NOTHING`,
      [batch.map((r) => r.userId), batch.map((r) => r.phone), batch.map((r) => r.name)],
    );
    await client.query(
      `INSERT INTO mobile_sessions (id, user_id, platform, expires_at, last_seen_at, updated_at)
       SELECT s, u, 'ANDROID', now() + interval '30 days', now(), now()
       FROM unnest($1::uuid[], $2::uuid[]) AS t(s, u) WHERE EXISTS (SELECT 1 FROM users WHERE id = u)`,
      [batch.map((r) => r.sessionId), batch.map((r) => r.userId)],
    );
  }
  const { rows: made } = await client.query<{ id: string }>("SELECT id FROM mobile_sessions WHERE id = ANY($1::uuid[])", [rows.map((r) => r.sessionId)]);
  const present = new Set(made.map((r) => r.id));
  const students: Student[] = [];
  for (const row of rows) {
    if (!present.has(row.sessionId)) continue; // a phone collision: that one student is skipped
    students.push({ userId: row.userId, authorization: `Bearer ${await signAccessToken({ userId: row.userId, sessionId: row.sessionId })}` });
  }
  return students;
}
