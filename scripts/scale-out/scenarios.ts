import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Check } from "../fault/lib/invariants.ts";
import { sleep } from "../fault/lib/bounded.ts";
import type { Student } from "../fault/lib/students.ts";
import { call, statusCounts } from "./client.ts";
import type { FakeKbzpay } from "./fake-kbzpay.ts";
import { servedBy, type Proc } from "./processes.ts";
import type { SmtpSink } from "./smtp-sink.ts";

export type Ctx = { lb: string; db: pg.Client; apps: Proc[]; smtp: SmtpSink; kbz: FakeKbzpay; figures: [string, string][]; checks: Check[] };

const check = (ctx: Ctx, label: string, ok: boolean, figure: string) => ctx.checks.push({ label, ok, figure });

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (value) return { value, ms: performance.now() - started };
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** A student signs in by email on one instance, refreshes on another and reads on a third. */
export async function loginAndRefresh(ctx: Ctx): Promise<{ authorization: string; userId: string; email: string; spentRefreshToken: string }> {
  const email = `scale.${Date.now()}@example.com`;
  const client = { "x-forwarded-for": "198.51.100.21", "user-agent": "mmso-scale-out" };
  const since = Date.now();
  const sent = await call(`${ctx.lb}/api/v1/auth/otp/request`, { body: { email }, headers: client });
  if (sent.status !== 202) throw new Error(`otp/request answered ${sent.status}: ${sent.body}`);
  const code = await ctx.smtp.codeFor(email, since);
  const verified = await call(`${ctx.lb}/api/v1/auth/otp/verify`, { body: { email, code, ageConfirmed: true, device: { platform: "ANDROID", model: "Scale", appVersion: "1.0" } }, headers: client });
  if (verified.status !== 200) throw new Error(`otp/verify answered ${verified.status}: ${verified.body}`);
  const tokens = verified.json<{ accessToken: string; refreshToken: string; user: { id: string } }>();
  const refreshed = await call(`${ctx.lb}/api/v1/auth/refresh`, { body: { refreshToken: tokens.refreshToken }, headers: client });
  const pair = refreshed.json<{ accessToken: string; refreshToken: string }>();
  const me = await call(`${ctx.lb}/api/v1/me`, { headers: { ...client, authorization: `Bearer ${pair.accessToken}` } });
  const where = await Promise.all([verified, refreshed, me].map((a) => servedBy(ctx.apps, a.requestId)));
  ctx.figures.push(["sign-in → refresh → /me, served by", where.join(" → ")]);
  check(ctx, "signed in on one instance, refreshed on another", refreshed.status === 200 && where[0] !== where[1] && !where.includes("?"), `verify ${verified.status} on ${where[0]}, refresh ${refreshed.status} on ${where[1]}`);
  check(ctx, "the refreshed token works on a third instance", me.status === 200 && where[2] !== where[1], `/me ${me.status} on ${where[2]}`);
  return { authorization: `Bearer ${pair.accessToken}`, userId: tokens.user.id, email, spentRefreshToken: tokens.refreshToken };
}

/** The refresh token spent by the first refresh, presented again: refused, and the session ends on every instance. */
export async function refreshReuse(ctx: Ctx, buyer: { authorization: string; spentRefreshToken: string }): Promise<void> {
  const client = { "x-forwarded-for": "198.51.100.21", "user-agent": "mmso-scale-out" };
  const reused = await call(`${ctx.lb}/api/v1/auth/refresh`, { body: { refreshToken: buyer.spentRefreshToken }, headers: client });
  const after = [];
  for (let i = 0; i < 3; i++) after.push(await call(`${ctx.lb}/api/v1/me`, { headers: { ...client, authorization: buyer.authorization } }));
  const where = await Promise.all([reused, ...after].map((a) => servedBy(ctx.apps, a.requestId)));
  check(
    ctx,
    "a reused refresh token is refused and the session ends on every instance",
    reused.status === 401 && after.every((a) => a.status === 401) && new Set(where.slice(1)).size === 3,
    `reuse ${reused.status} on ${where[0]}; then /me ${after.map((a, i) => `${a.status} on ${where[i + 1]}`).join(", ")}`,
  );
}

/** An order placed on one instance, KBZPay's callback delivered to a second and replayed to a third. */
export async function orderAndWebhook(ctx: Ctx, buyer: { authorization: string; userId: string; email: string }, courseId: string): Promise<void> {
  const placed = await call(`${ctx.lb}/api/v1/orders`, { body: { courseId, provider: "kbzpay" }, headers: { authorization: buyer.authorization, "idempotency-key": randomUUID() } });
  if (placed.status !== 201) throw new Error(`POST /api/v1/orders answered ${placed.status}: ${placed.body}`);
  const orderId = placed.json<{ id: string }>().id;
  const { rows } = await ctx.db.query<{ reference: string }>("SELECT reference FROM orders WHERE id = $1", [orderId]);
  const reference = rows[0]?.reference ?? "";
  const callback = ctx.kbz.pay(reference);
  if (!callback) throw new Error("KBZPay never saw the order's precreate");
  const first = await call(`${ctx.lb}/api/webhooks/kbzpay`, { raw: callback.body, headers: callback.headers, method: "POST" });
  const replay = await call(`${ctx.lb}/api/webhooks/kbzpay`, { raw: callback.body, headers: callback.headers, method: "POST" });
  const where = await Promise.all([placed, first, replay].map((a) => servedBy(ctx.apps, a.requestId)));
  const enrolled = await until("enrollment", 15_000, async () => (await ctx.db.query("SELECT 1 FROM enrollments WHERE user_id = $1 AND course_id = $2", [buyer.userId, courseId])).rowCount);
  const receipt = await until("receipt email", 60_000, async () => ctx.smtp.mails().filter((m) => m.to === buyer.email && m.text.includes(reference)).length > 0);
  await sleep(3_000); // time for a duplicate to show up, if one were coming
  const counts = (
    await ctx.db.query<{ payments: string; enrollments: string; receipts: string; events: string }>(
      `SELECT (SELECT count(*) FROM payments WHERE order_id = $1) AS payments,
              (SELECT count(*) FROM enrollments WHERE order_id = $1) AS enrollments,
              (SELECT count(*) FROM notifications WHERE kind = 'ORDER_RECEIPT' AND data->>'orderId' = $1::text) AS receipts,
              (SELECT count(*) FROM provider_events WHERE order_id = $1) AS events`,
      [orderId],
    )
  ).rows[0];
  const mails = ctx.smtp.mails().filter((m) => m.to === buyer.email && m.text.includes(reference)).length;
  ctx.figures.push(["order → callback → replayed callback, served by", where.join(" → ")]);
  ctx.figures.push(["callback → enrollment in the database; → receipt email delivered by a worker", `${enrolled.ms.toFixed(0)} ms; ${(receipt.ms + enrolled.ms).toFixed(0)} ms (callbacks answered in ${first.ms.toFixed(0)} and ${replay.ms.toFixed(0)} ms)`]);
  check(ctx, "order, callback and replay landed on three different instances", new Set(where).size === 3 && !where.includes("?"), where.join(", "));
  check(ctx, "the callback and its replay were both acknowledged", first.status === 200 && replay.status === 200, `${first.status}, ${replay.status}`);
  check(
    ctx,
    "one payment, one enrollment, one receipt (inbox and email), one provider event",
    counts?.payments === "1" && counts.enrollments === "1" && counts.receipts === "1" && mails === 1 && counts.events === "1",
    `payments ${counts?.payments}, enrollments ${counts?.enrollments}, receipts ${counts?.receipts}, receipt emails ${mails}, events ${counts?.events}`,
  );
}

/** K uses of a coupon, raced by N students at once through the balancer (all instances). */
export async function couponRace(ctx: Ctx, students: Student[], courseId: string, max: number): Promise<void> {
  const code = `SCALE${max}`;
  const { rows } = await ctx.db.query<{ id: string }>(
    `INSERT INTO coupons (id, center_id, course_id, scope, code, kind, value, currency, max_redemptions, max_per_user, updated_at)
     SELECT gen_random_uuid(), center_id, id, 'COURSE', $2, 'PERCENT', 20, 'MMK', $3, 1, now() FROM courses WHERE id = $1 RETURNING id`,
    [courseId, code, max],
  );
  const couponId = rows[0]?.id;
  const started = performance.now();
  const answers = await Promise.all(
    students.map((s, i) =>
      call(`${ctx.lb}/api/v1/orders`, {
        body: { courseId, provider: "kbzpay", couponCode: code },
        headers: { authorization: s.authorization, "idempotency-key": randomUUID(), "x-forwarded-for": `198.51.100.${(i % 200) + 30}` },
        timeoutMs: 60_000,
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const winners = answers.filter((a) => a.status === 201).length;
  const exhausted = answers.filter((a) => a.status === 409 && a.body.includes('"coupon_exhausted"')).length;
  const instances = new Set(await Promise.all(answers.map((a) => servedBy(ctx.apps, a.requestId))));
  const state = (
    await ctx.db.query<{ counter: number; live: string; orders: string }>(
      `SELECT (SELECT redeemed_count FROM coupons WHERE id = $1) AS counter,
              (SELECT count(*) FROM coupon_redemptions WHERE coupon_id = $1 AND released_at IS NULL) AS live,
              (SELECT count(*) FROM orders WHERE coupon_id = $1) AS orders`,
      [couponId],
    )
  ).rows[0];
  ctx.figures.push([`coupon race: ${students.length} students, ${max} uses`, `${statusCounts(answers.map((a) => a.status))} in ${seconds.toFixed(1)} s over ${[...instances].join(", ")}`]);
  check(ctx, "coupon raced across instances: exactly K winners, every loser 409 coupon_exhausted", winners === max && exhausted === students.length - max && instances.size >= 3, `${winners} winners, ${exhausted} exhausted, ${instances.size} instances`);
  check(ctx, "coupon counter, live redemptions and orders agree", Number(state?.counter) === max && state?.live === String(max) && state?.orders === String(max), `counter ${state?.counter}, redemptions ${state?.live}, orders ${state?.orders}`);
}

/**
 * A cached public page changed through one instance is fresh on the others at once: every instance
 * has the instructor's page in its read cache (TTL 5 s), a student follows through one instance, and
 * each instance's next read already counts the new follower (LISTEN/NOTIFY, ADR 0043).
 */
export async function crossInstanceCache(ctx: Ctx, buyer: { authorization: string }, courseId: string): Promise<void> {
  const course = (await call(`${ctx.lb}/api/v1/courses/${courseId}`)).json<{ instructors: { id: string }[] }>();
  const instructorId = course.instructors[0]?.id;
  if (!instructorId) throw new Error("the course has no instructor to follow");
  const page = `${ctx.lb}/api/v1/instructors/${instructorId}`;
  const countOf = (a: { json<T>(): T }) => a.json<{ followerCount: number }>().followerCount;
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(await call(page));
  const before = countOf(warm[0] as { json<T>(): T });
  const warmedOn = new Set(await Promise.all(warm.map((a) => servedBy(ctx.apps, a.requestId))));
  const followed = await call(`${page}/follow`, { method: "POST", headers: { authorization: buyer.authorization } });
  const followedAt = performance.now();
  const seen: { on: string; ms: number; count: number }[] = [];
  while (seen.length < 3 && performance.now() - followedAt < 10_000) {
    const a = await call(page);
    const on = await servedBy(ctx.apps, a.requestId);
    if (!seen.some((s) => s.on === on) && countOf(a) === before + 1) seen.push({ on, ms: performance.now() - followedAt, count: countOf(a) });
  }
  const slowest = Math.max(...seen.map((s) => s.ms));
  ctx.figures.push(["follow on one instance → the new follower count read on each instance", seen.map((s) => `${s.on} ${s.ms.toFixed(0)} ms`).join(", ")]);
  check(
    ctx,
    "a cached public page is fresh on every instance right after a write through one (well inside the 5 s TTL)",
    followed.status < 300 && warmedOn.size === 3 && seen.length === 3 && slowest < 2_000,
    `follow ${followed.status}; warmed on ${warmedOn.size} instances; ${before} → ${before + 1} followers seen on ${seen.length} instances within ${slowest.toFixed(0)} ms`,
  );
}

/**
 * Uploaded files live in the S3-compatible bucket (STORAGE_DRIVER=s3, ADR 0044): a photo uploaded
 * through one instance is in the bucket and every instance serves the same bytes at /media.
 */
export async function sharedFiles(ctx: Ctx, buyer: { authorization: string }, bucketKeys: () => Promise<string[]>, image: Uint8Array): Promise<void> {
  const uploaded = await call(`${ctx.lb}/api/v1/me/photo`, { method: "PUT", raw: image, headers: { authorization: buyer.authorization, "content-type": "image/jpeg" } });
  if (uploaded.status !== 200) throw new Error(`PUT /api/v1/me/photo answered ${uploaded.status}: ${uploaded.body}`);
  const photoUrl = uploaded.json<{ photoUrl: string }>().photoUrl;
  const key = photoUrl.replace("/media/", "");
  const served: { status: number; type: string | null; bytes: Buffer; requestId: string | null }[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${ctx.lb}${photoUrl}`);
    served.push({ status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()), requestId: res.headers.get("x-request-id") });
  }
  const where = await Promise.all([uploaded, ...served].map((a) => servedBy(ctx.apps, a.requestId)));
  const inBucket = (await bucketKeys()).includes(key);
  const same = served.every((s) => s.status === 200 && s.type === "image/webp" && s.bytes.equals(served[0]?.bytes ?? Buffer.alloc(0)) && s.bytes.length > 0);
  ctx.figures.push(["photo uploaded → served from the bucket, by", `${where[0]} → ${where.slice(1).join(", ")}`]);
  check(ctx, "a photo uploaded through one instance is in the bucket and served alike by all three", inBucket && same && new Set(where.slice(1)).size === 3, `in bucket: ${inBucket}; ${served.map((s) => `${s.status} ${s.type} ${s.bytes.length} B`).join(", ")}`);
}
