/**
 * `npm run fault:webhook-storm`: N pending orders created through the API of the production
 * server (demo data), paid at the providers' sandboxes, and their callbacks (Stripe, Dinger and
 * KBZPay in turn, each signed or encrypted as its provider does) delivered 3–5 times each, shuffled,
 * `--concurrency` in flight. Invariants: no 5xx, every delivery acknowledged, every order PAID
 * exactly once with one payment, its enrollment and balanced ledger lines, ledger sums equal to
 * the amounts paid, one stored provider event and one receipt notification per order.
 * Usage: tsx scripts/fault/webhook-storm.ts [--orders 200] [--concurrency 32] [--no-doc]
 */
import { randomInt, randomUUID } from "node:crypto";
import { startApp, stopApp } from "./lib/app-server.ts";
import { argValue, runBounded } from "./lib/bounded.ts";
import { paidCourses } from "./lib/courses.ts";
import { connect, startFaultPostgres } from "./lib/database.ts";
import { createOrder, histogram, inFlight, percentile, send, shuffle } from "./lib/http.ts";
import { checksHold, drainOutbox, paidOrderChecks, type Check } from "./lib/invariants.ts";
import { settleAsPaid, type Delivery, type Provider } from "./lib/payer.ts";
import { report } from "./lib/report.ts";
import { createStudents } from "./lib/students.ts";

const ORDERS = Number(argValue("orders", "200"));
const CONCURRENCY = Number(argValue("concurrency", "32"));
const PROVIDERS: Provider[] = ["stripe", "dinger", "kbzpay"];

runBounded("fault:webhook-storm", 480, async () => {
  const db = await startFaultPostgres("webhook-storm", 3241);
  const app = await startApp({ port: 3240, databaseUrl: db.url, log: "fault-webhook-storm", waitForJobs: true });
  console.log(`app healthy after ${(app.readyMs / 1000).toFixed(1)} s`);
  const client = await connect(db.url);
  const courses = await paidCourses(app.base);
  const students = await createStudents(client, ORDERS, "Storm student");

  const orderStatuses: number[] = [];
  const orders: { id: string; reference: string; provider: Provider }[] = [];
  await inFlight(students, 16, async (student, i) => {
    const provider = PROVIDERS[i % PROVIDERS.length] as Provider;
    const reply = await createOrder(app.base, student.authorization, { courseId: (courses[i % courses.length] as { id: string }).id, provider }, randomUUID());
    orderStatuses.push(reply.status);
    if (reply.status === 201) {
      const order = JSON.parse(reply.body) as { id: string; reference: string };
      orders.push({ id: order.id, reference: order.reference, provider });
    }
  });
  console.log(`orders: ${histogram(orderStatuses)}`);

  const deliveries: Delivery[] = [];
  for (const order of orders) {
    const deliver = await settleAsPaid(client, app.base, order.provider, order.reference);
    if (!deliver) throw new Error(`order ${order.reference} has no pending sandbox payment`);
    const copies = 3 + randomInt(3); // 3–5 deliveries of the same event
    for (let c = 0; c < copies; c++) deliveries.push(deliver());
  }
  shuffle(deliveries);
  const webhookStatuses: number[] = [];
  const latencies: number[] = [];
  const started = performance.now();
  await inFlight(deliveries, CONCURRENCY, async (d) => {
    const reply = await send(d.url, { method: "POST", body: d.body, headers: d.headers });
    webhookStatuses.push(reply.status);
    latencies.push(reply.ms);
  });
  const stormSeconds = (performance.now() - started) / 1000;
  console.log(`webhooks: ${histogram(webhookStatuses)} in ${stormSeconds.toFixed(1)} s`);

  const left = await drainOutbox(client, 60_000);
  const ids = orders.map((o) => o.id);
  const events = (
    await client.query<{ n: string }>("SELECT count(*) AS n FROM (SELECT order_id FROM provider_events WHERE order_id = ANY($1::uuid[]) GROUP BY order_id HAVING count(*) <> 1) x", [ids])
  ).rows[0]?.n;
  const count5xx = [...orderStatuses, ...webhookStatuses].filter((s) => s >= 500 || s === 0).length;
  const checks: Check[] = [
    { label: "orders created (201)", ok: orders.length === ORDERS, figure: `${orders.length} of ${ORDERS}` },
    { label: "5xx or unanswered requests", ok: count5xx === 0, figure: String(count5xx) },
    { label: "webhook deliveries acknowledged 2xx", ok: webhookStatuses.every((s) => s >= 200 && s < 300), figure: histogram(webhookStatuses) },
    ...(await paidOrderChecks(client, ids, { receipts: true })),
    { label: "orders without exactly one stored provider event", ok: events === "0", figure: String(events) },
    { label: "outbox messages left undelivered after 60 s", ok: left === 0, figure: String(left) },
  ];
  await client.end();
  await stopApp(app);

  const byProvider = PROVIDERS.map((p) => `${p} ${orders.filter((o) => o.provider === p).length}`).join(", ");
  report({
    name: "fault-webhook-storm",
    title: "Fault: duplicate and shuffled webhook storm",
    command: "npm run fault:webhook-storm",
    intro: `${orders.length} pending orders created through \`POST /api/v1/orders\` on the production server, paid at the sandboxes, then every provider callback delivered 3–5 times, shuffled, ${CONCURRENCY} in flight.`,
    figures: [
      ["orders (by provider)", `${orders.length} (${byProvider})`],
      ["order creation statuses", histogram(orderStatuses)],
      ["webhook deliveries", `${deliveries.length} (${(deliveries.length / Math.max(1, orders.length)).toFixed(2)} per order)`],
      ["webhook statuses", histogram(webhookStatuses)],
      ["storm duration", `${stormSeconds.toFixed(1)} s (${(deliveries.length / stormSeconds).toFixed(0)} deliveries/s)`],
      ["webhook latency p50 / p99", `${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 99).toFixed(0)} ms`],
    ],
    checks,
  });
  return checksHold(checks);
});
