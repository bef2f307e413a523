/**
 * `npm run fault:coupon-race`: a course coupon with at most K uses and one per person; 200
 * students order the course with it at the same moment through `POST /api/v1/orders` (the use is
 * counted when the order is placed, under the coupon's row lock: lib/commerce/coupons), and some
 * of them send a second order at once. Invariants: exactly K orders carry the coupon (counter,
 * live redemptions and orders agree), nobody holds two, every loser gets 409 `coupon_exhausted`
 * in the contract's error shape, and nothing answers 5xx.
 * Usage: tsx scripts/fault/coupon-race.ts [--students 200] [--max 50] [--doubles 20] [--no-doc]
 */
import { randomUUID } from "node:crypto";
import { startApp, stopApp } from "./lib/app-server.ts";
import { argValue, runBounded } from "./lib/bounded.ts";
import { paidCourses } from "./lib/courses.ts";
import { connect, startFaultPostgres } from "./lib/database.ts";
import { createOrder, histogram, percentile, type Reply } from "./lib/http.ts";
import { checksHold, type Check } from "./lib/invariants.ts";
import { report } from "./lib/report.ts";
import { createStudents } from "./lib/students.ts";

const STUDENTS = Number(argValue("students", "200"));
const MAX = Number(argValue("max", "50"));
const DOUBLES = Number(argValue("doubles", "20"));
const CODE = "RACE50";
// All requests are in flight together and the winners queue on the coupon's row lock: on a busy
// 2-core machine the last answers come tens of seconds later; a client that gave up earlier would
// measure itself, not the server.
const CLIENT_TIMEOUT_MS = 60_000;

runBounded("fault:coupon-race", 300, async () => {
  const db = await startFaultPostgres("coupon-race", 3243);
  const app = await startApp({ port: 3242, databaseUrl: db.url, log: "fault-coupon-race" });
  console.log(`app healthy after ${(app.readyMs / 1000).toFixed(1)} s`);
  const client = await connect(db.url);
  const course = (await paidCourses(app.base))[0] as { id: string; amount: number };
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO coupons (id, center_id, course_id, scope, code, kind, value, currency, max_redemptions, max_per_user, updated_at)
     SELECT gen_random_uuid(), center_id, id, 'COURSE', $2, 'PERCENT', 20, 'MMK', $3, 1, now() FROM courses WHERE id = $1 RETURNING id`,
    [course.id, CODE, MAX],
  );
  const couponId = rows[0]?.id;
  if (!couponId) throw new Error("the coupon was not created");
  const students = await createStudents(client, STUDENTS, "Race student");

  // Everyone at once: the first `DOUBLES` students also send a second order of their own.
  const attempts = [...students, ...students.slice(0, DOUBLES)];
  const providers = ["stripe", "dinger", "kbzpay"];
  const started = performance.now();
  const replies: Reply[] = await Promise.all(
    attempts.map((s, i) => createOrder(app.base, s.authorization, { courseId: course.id, provider: providers[i % 3] as string, couponCode: CODE.toLowerCase() }, randomUUID(), CLIENT_TIMEOUT_MS)),
  );
  const raceSeconds = (performance.now() - started) / 1000;
  const statuses = replies.map((r) => r.status);
  const winners = replies.filter((r) => r.status === 201).map((r) => JSON.parse(r.body) as { discount: number });
  const losers = replies.filter((r) => r.status !== 201);
  const exhausted = losers.filter((r) => r.status === 409 && /"code":"coupon_exhausted"/.test(r.body) && /"message":/.test(r.body)).length;

  const state = (
    await client.query<{ counter: number; live: string; orders: string; doubled: string }>(
      `SELECT (SELECT redeemed_count FROM coupons WHERE id = $1) AS counter,
              (SELECT count(*) FROM coupon_redemptions WHERE coupon_id = $1 AND released_at IS NULL) AS live,
              (SELECT count(*) FROM orders WHERE coupon_id = $1 AND status NOT IN ('FAILED', 'CANCELLED', 'EXPIRED')) AS orders,
              (SELECT count(*) FROM (SELECT user_id FROM coupon_redemptions WHERE coupon_id = $1 AND released_at IS NULL GROUP BY user_id HAVING count(*) > 1) x) AS doubled`,
      [couponId],
    )
  ).rows[0];
  const count5xx = statuses.filter((s) => s >= 500 || s === 0).length;
  const checks: Check[] = [
    { label: "orders placed with the coupon (201)", ok: winners.length === MAX, figure: `${winners.length} (K = ${MAX})` },
    { label: "each winner got the discount", ok: winners.every((w) => w.discount === Math.floor(course.amount * 0.2)), figure: `${winners.filter((w) => w.discount > 0).length} discounted` },
    { label: "coupon counter = live redemptions = orders with the coupon = K", ok: state?.counter === MAX && Number(state.live) === MAX && Number(state.orders) === MAX, figure: `${state?.counter} / ${state?.live} / ${state?.orders}` },
    { label: "people holding two uses (one per person)", ok: state?.doubled === "0", figure: String(state?.doubled) },
    { label: "losers answered 409 coupon_exhausted in the error shape", ok: exhausted === losers.length, figure: `${exhausted} of ${losers.length}` },
    { label: "5xx or unanswered requests", ok: count5xx === 0, figure: String(count5xx) },
  ];
  await client.end();
  await stopApp(app);

  report({
    name: "fault-coupon-race",
    title: "Fault: 200-way coupon race",
    command: "npm run fault:coupon-race",
    intro: `A course coupon with at most ${MAX} uses and one per person; ${STUDENTS} students order the course with it at the same moment through \`POST /api/v1/orders\` (${DOUBLES} of them twice), all ${attempts.length} requests in flight together.`,
    figures: [
      ["requests", `${attempts.length} (${STUDENTS} students, ${DOUBLES} of them twice)`],
      ["statuses", histogram(statuses)],
      ["race duration", `${raceSeconds.toFixed(1)} s`],
      ["latency p50 / p99", `${percentile(replies.map((r) => r.ms), 50).toFixed(0)} / ${percentile(replies.map((r) => r.ms), 99).toFixed(0)} ms`],
    ],
    checks,
  });
  return checksHold(checks);
});
