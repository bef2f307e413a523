/**
 * `npm run fault:kill-payments`: 20 times, the production server (scripts/start.ts with its own
 * embedded PostgreSQL, jobs and outbox in-process, as `npm start` runs) takes concurrent orders
 * and payment callbacks, and its whole process group — app, jobs, outbox worker and PostgreSQL — is
 * SIGKILLed at a random moment; it is restarted on the same data dir (no --fresh) and the restart
 * is timed. Then reconciliation runs (repairing payments the providers have and we missed), the
 * providers retry every callback never acknowledged, the outbox drains, and a second
 * reconciliation must find nothing. Invariants: no orphan (a payment
 * or ledger line on an unpaid order, money taken at a provider without a paid order), every paid
 * order whole (payment, enrollment, balanced ledger, receipt), and every acknowledged effect
 * present (a 201 order exists, a 2xx-acknowledged payment callback left its order PAID).
 * Usage: tsx scripts/fault/kill-payments.ts [--kills 20] [--per-cycle 12] [--no-doc]
 */
import { randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import type pg from "pg";
import { startApp, stopApp, type AppServer } from "./lib/app-server.ts";
import { argValue, runBounded, sleep } from "./lib/bounded.ts";
import { paidCourses, type PaidCourse } from "./lib/courses.ts";
import { connect, FAULT_DB, urlOfAppDatabase } from "./lib/database.ts";
import { createOrder, histogram, inFlight, percentile, send } from "./lib/http.ts";
import { checksHold, drainOutbox, orphanChecks, paidOrderChecks, type Check } from "./lib/invariants.ts";
import { retryCallback, settleAsPaid, type Provider } from "./lib/payer.ts";
import { discrepancies, runReconciliation } from "./lib/reconcile.ts";
import { report } from "./lib/report.ts";
import { createStudents } from "./lib/students.ts";

const KILLS = Number(argValue("kills", "20"));
const PER_CYCLE = Number(argValue("per-cycle", "12"));
const PORT = 3244;
const DATA_DIR = path.join(".data", "fault-kill-postgres");
const PROVIDERS: Provider[] = ["stripe", "dinger", "kbzpay"];

/** What the clients were told: the orders answered 201 and the callbacks answered 2xx. */
const acknowledged = { orders: new Set<string>(), paidReferences: new Set<string>() };
const restarts: number[] = [];
const killedDuring = { orders: 0, callbacks: 0, idle: 0 };
const statuses: number[] = [];

const start = async (fresh: boolean): Promise<{ app: AppServer; url: string }> => {
  const app = await startApp({ port: PORT, dataDir: DATA_DIR, db: FAULT_DB, fresh, log: "fault-kill-payments" });
  return { app, url: await urlOfAppDatabase(path.resolve(DATA_DIR), FAULT_DB) };
};

/** One student's purchase: order, then the provider's callback once or twice. */
async function purchase(client: pg.Client, base: string, authorization: string, course: PaidCourse, provider: Provider, phase: { orders: number; callbacks: number; onAnswer(): void }) {
  phase.orders += 1;
  const reply = await createOrder(base, authorization, { courseId: course.id, provider }, randomUUID());
  phase.orders -= 1;
  statuses.push(reply.status);
  phase.onAnswer();
  if (reply.status !== 201) return;
  const order = JSON.parse(reply.body) as { id: string; reference: string };
  acknowledged.orders.add(order.id);
  const deliver = await settleAsPaid(client, base, provider, order.reference).catch(() => null);
  if (!deliver) return;
  phase.callbacks += 1;
  for (let copy = 0; copy < 1 + randomInt(2); copy++) {
    const d = deliver();
    const answer = await send(d.url, { method: "POST", body: d.body, headers: d.headers });
    statuses.push(answer.status);
    if (answer.status >= 200 && answer.status < 300) acknowledged.paidReferences.add(order.reference);
    phase.onAnswer();
  }
  phase.callbacks -= 1;
}

runBounded("fault:kill-payments", 2_400, async () => {
  let { app, url } = await start(true);
  const courses = await paidCourses(app.base);
  // The demo data's own orders, before any fault: what the final runs are compared with.
  const baseline = await runReconciliation(url, app.base);
  for (let kill = 1; kill <= KILLS; kill++) {
    if (kill > 1) {
      ({ app, url } = await start(false));
      restarts.push(app.readyMs);
    }
    const client = await connect(url);
    const students = await createStudents(client, PER_CYCLE, `Kill ${kill} student`);
    // The kill comes after a random number of answers (1 to all but one of the cycle's orders and
    // callbacks), so that it lands inside the burst however fast or loaded the machine is.
    const killAfter = 1 + randomInt(2 * PER_CYCLE - 1);
    let reached: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => (reached = resolve));
    const phase = { orders: 0, callbacks: 0, answers: 0, onAnswer: () => (++phase.answers >= killAfter ? reached() : undefined) };
    const work = inFlight(students, 6, (s, i) => purchase(client, app.base, s.authorization, courses[(kill + i) % courses.length] as PaidCourse, PROVIDERS[(kill + i) % 3] as Provider, phase)).catch(() => undefined);
    await Promise.race([enough, work, sleep(60_000)]);
    if (phase.callbacks > 0) killedDuring.callbacks += 1;
    else if (phase.orders > 0) killedDuring.orders += 1;
    else killedDuring.idle += 1;
    app.signal("SIGKILL");
    if (!(await app.gone(10_000))) throw new Error("the killed process group did not go away");
    await work;
    await client.end().catch(() => undefined);
    process.stdout.write(`kill ${kill}/${KILLS}: ${acknowledged.orders.size} orders and ${acknowledged.paidReferences.size} payments acknowledged so far${kill > 1 ? `; restart took ${((restarts.at(-1) ?? 0) / 1000).toFixed(1)} s` : ""}\n`);
  }

  ({ app, url } = await start(false));
  restarts.push(app.readyMs);
  const first = await runReconciliation(url, app.base);
  const client = await connect(url);
  // The providers retry every callback that was never acknowledged (Stripe and KBZPay do; for
  // Dinger, which has no status query, this redelivery is the only automatic way back): after
  // reconciliation's repairs most are duplicates, which must change nothing.
  const unacknowledged = (
    await client.query<{ provider: string; reference: string }>(
      `SELECT lower(s.provider::text) AS provider, s.merchant_reference AS reference FROM sandbox_payments s
       JOIN orders o ON o.reference = s.merchant_reference JOIN users u ON u.id = o.user_id
       WHERE s.status = 'PAID' AND u.name LIKE 'Kill %' AND NOT (s.merchant_reference = ANY($1::text[]))`,
      [[...acknowledged.paidReferences]],
    )
  ).rows;
  const retryStatuses: number[] = [];
  for (const { provider, reference } of unacknowledged) {
    const d = await retryCallback(client, app.base, provider as Provider, reference);
    if (!d) continue;
    const answer = await send(d.url, { method: "POST", body: d.body, headers: d.headers });
    retryStatuses.push(answer.status);
    if (answer.status >= 200 && answer.status < 300) acknowledged.paidReferences.add(reference);
  }
  const left = await drainOutbox(client, 90_000);
  const second = await runReconciliation(url, app.base);
  const missingOrders = Number(
    (await client.query<{ n: string }>("SELECT $1::int - count(*) AS n FROM orders WHERE id = ANY($2::uuid[])", [acknowledged.orders.size, [...acknowledged.orders]])).rows[0]?.n,
  );
  const unpaidAcked = Number(
    (await client.query<{ n: string }>("SELECT count(*) AS n FROM orders WHERE reference = ANY($1::text[]) AND status <> 'PAID'", [[...acknowledged.paidReferences]])).rows[0]?.n,
  );
  const stuck = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM outbox_messages WHERE status = 'PROCESSING'")).rows[0]?.n);
  // The paid orders of this run's students (the demo seed's own orders have no receipts to check).
  const paidIds = (await client.query<{ id: string }>("SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id WHERE u.name LIKE 'Kill %' AND o.status = 'PAID'")).rows.map((r) => r.id);
  const totals = (await client.query<{ status: string; n: string }>("SELECT status::text, count(*) AS n FROM orders WHERE user_id IN (SELECT id FROM users WHERE name LIKE 'Kill %') GROUP BY status ORDER BY status")).rows;
  const checks: Check[] = [
    { label: "orders acknowledged 201 that do not exist", ok: missingOrders === 0, figure: `${missingOrders} of ${acknowledged.orders.size}` },
    { label: "payments acknowledged 2xx whose order is not PAID", ok: unpaidAcked === 0, figure: `${unpaidAcked} of ${acknowledged.paidReferences.size}` },
    ...(await orphanChecks(client)),
    ...(await paidOrderChecks(client, paidIds, { receipts: true })),
    { label: "discrepancies left after reconciliation (second run)", ok: discrepancies(second) === 0, figure: JSON.stringify(second) },
    { label: "provider retries of unacknowledged callbacks answered 2xx", ok: retryStatuses.every((st) => st >= 200 && st < 300), figure: histogram(retryStatuses) },
    { label: "outbox messages left undelivered after 90 s / stuck PROCESSING", ok: left === 0 && stuck === 0, figure: `${left} / ${stuck}` },
  ];
  await client.end();
  await stopApp(app);

  report({
    name: "fault-kill-payments",
    title: "Fault: SIGKILL in the middle of payments",
    command: "npm run fault:kill-payments",
    intro: `${KILLS} times: \`scripts/start.ts\` (its own embedded PostgreSQL, jobs and outbox in-process, like \`npm start\`) takes ${PER_CYCLE} concurrent purchases (order, then the provider callback once or twice), and its whole process group is SIGKILLed after a random number of answers, then restarted on the same data dir. Then reconciliation, the providers' retries of every callback never acknowledged, the outbox, and a second reconciliation.`,
    figures: [
      ["kills", `${KILLS} (during order creation ${killedDuring.orders}, during callbacks ${killedDuring.callbacks}, between requests ${killedDuring.idle})`],
      ["restart to healthy p50 / max", `${(percentile(restarts, 50) / 1000).toFixed(1)} / ${(Math.max(...restarts) / 1000).toFixed(1)} s`],
      ["orders acknowledged 201", String(acknowledged.orders.size)],
      ["payments acknowledged 2xx", String(acknowledged.paidReferences.size)],
      ["answers seen (0 = cut by the kill)", histogram(statuses)],
      ["orders by status at the end", totals.map((r) => `${r.status} ${r.n}`).join(", ")],
      ["first reconciliation", `checked ${first.checked}, matched ${first.matched}, missing on our side ${first.missing_on_our_side} (repaired ${first.repaired}), missing on theirs ${first.missing_on_theirs}, ledger problems ${first.ledger_problems}`],
      ["provider retries of unacknowledged callbacks (after the first reconciliation)", `${retryStatuses.length}: ${histogram(retryStatuses)}`],
      ["second reconciliation", `checked ${second.checked}, discrepancies ${discrepancies(second)}`],
      ["reconciliation of the demo data before any kill", `checked ${baseline.checked}, discrepancies ${discrepancies(baseline)}`],
    ],
    checks,
  });
  return checksHold(checks);
});
