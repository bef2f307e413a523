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
  retried: number;
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
  const result: LoadResult = { requests: 0, seconds: Array.from({ length: seconds + 1 }, () => ({ ok: 0, failed: 0 })), latencies: [], acked: [], unacknowledged: 0, retried: 0 };
  const stopAt = started + seconds * 1000;
  const tally = (status: number, ms: number) => {
    const bucket = result.seconds[Math.min(seconds, Math.floor((performance.now() - started) / 1000))] as { ok: number; failed: number };
    result.requests += 1;
    result.latencies.push(ms);
    if (status === 0 || status >= 500) bucket.failed += 1;
    else bucket.ok += 1;
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
        for (let attempt = 0; attempt < 6 && !acked; attempt++) {
          if (attempt > 0) {
            result.retried += 1;
            await sleep(200 * attempt);
          }
          const a = await call(`${lb}/api/v1/orders`, { body: { courseId: course.id, provider: "kbzpay" }, headers: { authorization: student.authorization, "idempotency-key": key }, timeoutMs: 30_000 });
          tally(a.status, a.ms);
          if (a.status === 201 || a.status === 200) {
            const ack = { key, orderId: a.json<{ id: string }>().id, userId: student.userId, courseId: course.id };
            result.acked.push(ack);
            onAck(ack);
            acked = true;
          } else if (a.status > 0 && a.status < 500) break; // a refusal (e.g. 409): not a write, never retried
        }
        if (!acked) result.unacknowledged += 1;
      } else {
        const url = roll < 0.6 ? `${lb}/api/v1/courses?limit=20` : `${lb}/api/v1/courses/${(courses[Math.floor(Math.random() * courses.length)] as { id: string }).id}`;
        const a = await call(url, { headers: { "x-forwarded-for": `203.0.113.${(index % 250) + 1}` }, timeoutMs: 30_000 });
        tally(a.status, a.ms);
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
  return `${result.requests} requests in ${seconds} s (${(result.requests / seconds).toFixed(0)} req/s), p50 ${percentile(result.latencies, 50).toFixed(0)} ms, p99 ${percentile(result.latencies, 99).toFixed(0)} ms, ${failed} failed answers (5xx or none), ${result.retried} write retries`;
}
