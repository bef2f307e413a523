import { randomUUID } from "node:crypto";
import { sleep } from "../fault/lib/bounded.ts";
import type { Student } from "../fault/lib/students.ts";
import { call, percentile } from "./client.ts";

export type Acked = { key: string; orderId: string; userId: string; courseId: string; reference?: string };
export type LoadResult = {
  requests: number;
  /** Per second of the run: answered requests and failures (5xx or no answer). */
  seconds: { ok: number; failed: number }[];
  latencies: number[];
  acked: Acked[];
  /** Order writes that never got an answer after every retry (not acknowledged: allowed to be lost). */
  unacknowledged: number;
  /** Order writes the API refused (4xx: the per-person order limit, a pending order): not writes. */
  refused: Record<number, number>;
  retried: number;
  /** Requests sent again at once after their connection closed under them (a balancer reload, a restart). */
  reconnects: number;
};

/**
 * Virtual users through the balancer for `seconds`: the catalog list and course pages (reads), and
 * orders (writes) with an Idempotency-Key kept across retries, as the mobile app retries a failed POST.
 * A write is acknowledged when the API answered 201 (or 200 for a replayed key).
 */
export async function runLoad(
  lb: string,
  students: (Student & { userId: string })[],
  courses: { id: string }[],
  seconds: number,
  events: { at: number; run: () => Promise<void> }[],
  onAck: (acked: Acked) => void = () => undefined,
): Promise<LoadResult> {
  const started = performance.now();
  const result: LoadResult = { requests: 0, seconds: Array.from({ length: seconds + 1 }, () => ({ ok: 0, failed: 0 })), latencies: [], acked: [], unacknowledged: 0, refused: {}, retried: 0, reconnects: 0 };
  const stopAt = started + seconds * 1000;
  const tally = (status: number, ms: number) => {
    const bucket = result.seconds[Math.min(seconds, Math.floor((performance.now() - started) / 1000))] as { ok: number; failed: number };
    result.requests += 1;
    result.latencies.push(ms);
    if (status === 0 || status >= 500) bucket.failed += 1;
    else bucket.ok += 1;
  };
  // Like an HTTP client (a browser, OkHttp, Cloudflare towards its origin): a request whose pooled
  // connection was closed under it (status 0: no answer at all, as when nginx reloads and its old
  // workers close idle client connections) is sent again, up to 3 times; POSTs carry their
  // Idempotency-Key, so a second delivery is safe.
  const send = async (url: string, init: Parameters<typeof call>[1]) => {
    let answer = await call(url, init);
    for (let resend = 0; resend < 3 && answer.status === 0; resend++) {
      result.reconnects += 1;
      answer = await call(url, init);
    }
    tally(answer.status, answer.ms);
    return answer;
  };
  const vu = async (student: Student & { userId: string }, index: number) => {
    let nextCourse = index % courses.length;
    let ordered = 0;
    while (performance.now() < stopAt) {
      const roll = Math.random();
      if (roll < 0.2 && ordered < courses.length) {
        const course = courses[nextCourse % courses.length] as { id: string };
        nextCourse += 1;
        ordered += 1;
        const key = randomUUID();
        let acked = false;
        let refused = false;
        for (let attempt = 0; attempt < 6 && !acked; attempt++) {
          if (attempt > 0) {
            result.retried += 1;
            await sleep(200 * attempt);
          }
          const a = await send(`${lb}/api/v1/orders`, { body: { courseId: course.id, provider: "kbzpay" }, headers: { authorization: student.authorization, "idempotency-key": key }, timeoutMs: 30_000 });
          if (a.status === 201 || a.status === 200) {
            const ack = { key, orderId: a.json<{ id: string }>().id, userId: student.userId, courseId: course.id };
            result.acked.push(ack);
            onAck(ack);
            acked = true;
          } else if (a.status > 0 && a.status < 500) {
            // A refusal (429 the per-person order limit, 409): not a write, never retried.
            result.refused[a.status] = (result.refused[a.status] ?? 0) + 1;
            refused = true;
            break;
          }
        }
        if (!acked && !refused) result.unacknowledged += 1;
      } else {
        const url = roll < 0.6 ? `${lb}/api/v1/courses?limit=20` : `${lb}/api/v1/courses/${(courses[Math.floor(Math.random() * courses.length)] as { id: string }).id}`;
        await send(url, { headers: { "x-forwarded-for": `203.0.113.${(index % 250) + 1}` }, timeoutMs: 30_000 });
      }
    }
  };
  const timeline = (async () => {
    for (const event of [...events].sort((a, b) => a.at - b.at)) {
      const wait = started + event.at * 1000 - performance.now();
      if (wait > 0) await sleep(wait);
      await event.run();
    }
  })();
  await Promise.all([...students.map(vu), timeline]);
  return result;
}

export function summarize(result: LoadResult, seconds: number): string {
  const failed = result.seconds.reduce((n, s) => n + s.failed, 0);
  return `${result.requests} requests in ${seconds} s (${(result.requests / seconds).toFixed(0)} req/s), p50 ${percentile(result.latencies, 50).toFixed(0)} ms, p99 ${percentile(result.latencies, 99).toFixed(0)} ms, ${failed} failed answers (5xx, or none after 3 resends), ${result.reconnects} resent after a closed connection, ${result.retried} write retries`;
}
