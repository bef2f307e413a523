/**
 * Synthetic sales for scripts/bench/finance.ts: one center with `orderCount` paid orders over the
 * year before `end` (their payments, the ledger lines lib/commerce/ledger/postings.ts makes, ~4 %
 * refunded, some partly), plus a second center's orders as neighbours in the same tables.
 * Bulk-inserted with INSERT … SELECT FROM unnest($1, $2, …) in batches.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { orderPostings, refundPostings, type Posting } from "../../lib/commerce/ledger/postings.ts";
import { random } from "./search-data.ts";

const YEAR_MS = 365 * 86_400_000;
const METHODS: [provider: string, method: string, share: number][] = [
  ["KBZPAY", "KBZ Pay", 0.45], ["KBZPAY", "MMQR", 0.15], ["DINGER", "AYA Pay", 0.15], ["DINGER", "Wave Pay", 0.1], ["STRIPE", "card", 0.15],
];


const columns = <K extends string>(...names: K[]) => Object.fromEntries(names.map((n) => [n, []])) as unknown as Record<K, unknown[]>;

/** Inserts the bench center (slug `bench-center`) and its sales; returns its id. */
export async function insertSales(client: pg.Client, orderCount: number, end: Date): Promise<string> {
  const rnd = random(2026);
  const centerId = await insertCenterWithSales(client, "bench-center", orderCount, end, rnd);
  await insertCenterWithSales(client, "bench-neighbour", Math.round(orderCount / 5), end, rnd);
  return centerId;
}

async function insertCenterWithSales(client: pg.Client, slug: string, orderCount: number, end: Date, rnd: () => number): Promise<string> {
  const centerId = randomUUID();
  const categoryId = randomUUID();
  await client.query(`INSERT INTO centers (id, slug, name_en, status, updated_at) VALUES ($1, $2, $2, 'ACTIVE', now())`, [centerId, slug]);
  await client.query(`INSERT INTO categories (id, slug, name_en, name_my, updated_at) VALUES ($1, $2, $2, $2, now())`, [categoryId, `${slug}-cat`]);
  const courses = Array.from({ length: 40 }, (_, i) => ({ id: randomUUID(), price: (3 + (i % 8)) * 5_000, currency: i % 20 === 19 ? "USD" : "MMK" }));
  await client.query(
    `INSERT INTO courses (id, center_id, category_id, slug, status, title_en, title_my, price_amount, currency, updated_at)
     SELECT id, $2, $3, 'course-' || n, 'PUBLISHED', 'Course ' || n, 'သင်တန်း ' || n, price, currency::"Currency", now()
     FROM unnest($1::uuid[], $4::int[], $5::text[]) WITH ORDINALITY AS t(id, price, currency, n)`,
    [courses.map((c) => c.id), centerId, categoryId, courses.map((c) => c.price), courses.map((c) => c.currency)],
  );

  const batch = 10_000;
  for (let start = 0; start < orderCount; start += batch) {
    const o = columns("id", "reference", "course", "provider", "status", "unit", "discount", "total", "refunded", "currency", "paid");
    const p = columns("id", "order", "provider", "txn", "amount", "currency", "method", "fee", "paid");
    const r = columns("id", "order", "provider", "amount", "currency", "at");
    const l = columns("id", "order", "refund", "type", "amount", "currency", "key", "at");
    const post = (orderId: string, refundId: string | null, currency: string, at: Date, postings: Posting[]) => {
      for (const line of postings) {
        l.id.push(randomUUID()); l.order.push(orderId); l.refund.push(refundId); l.type.push(line.type);
        l.amount.push(line.amount); l.currency.push(currency); l.key.push(line.postingKey); l.at.push(at);
      }
    };
    for (let i = start; i < Math.min(start + batch, orderCount); i++) {
      const course = courses[Math.floor(rnd() * courses.length)] as (typeof courses)[number];
      const pickMethod = rnd();
      let acc = 0;
      const [provider, method] = METHODS.find(([, , share]) => (acc += share) >= pickMethod) ?? (METHODS[0] as (typeof METHODS)[number]);
      const unit = course.currency === "USD" ? 2_500 : course.price;
      const discount = rnd() < 0.1 ? Math.round(unit * 0.2) : 0;
      const total = unit - discount;
      const fee = provider === "STRIPE" ? Math.round(total * 0.029) + (course.currency === "USD" ? 30 : 0) : null;
      const paidAt = new Date(end.getTime() - Math.floor(rnd() * YEAR_MS));
      const id = randomUUID();
      const refunded = rnd() < 0.04 ? (rnd() < 0.5 ? total : Math.floor(total / 2)) : 0;
      o.id.push(id); o.reference.push(`MMSO_${slug.slice(6)}_${i}`); o.course.push(course.id); o.provider.push(provider);
      o.status.push(refunded === 0 ? "PAID" : refunded === total ? "REFUNDED" : "PARTIALLY_REFUNDED");
      o.unit.push(unit); o.discount.push(discount); o.total.push(total); o.refunded.push(refunded); o.currency.push(course.currency); o.paid.push(paidAt);
      p.id.push(randomUUID()); p.order.push(id); p.provider.push(provider); p.txn.push(`txn-${id}`); p.amount.push(total);
      p.currency.push(course.currency); p.method.push(method); p.fee.push(fee); p.paid.push(paidAt);
      const sold = { id, unitAmount: unit, discountAmount: discount, totalAmount: total };
      post(id, null, course.currency, paidAt, orderPostings(sold, 1000, fee));
      if (refunded > 0) {
        const refundId = randomUUID();
        const at = new Date(Math.min(end.getTime() - 1, paidAt.getTime() + Math.floor(rnd() * 7 * 86_400_000)));
        r.id.push(refundId); r.order.push(id); r.provider.push(provider); r.amount.push(refunded); r.currency.push(course.currency); r.at.push(at);
        post(id, refundId, course.currency, at, refundPostings({ refundId, order: sold, amount: refunded, refundedBefore: 0, commissionRateBps: 1000 }));
      }
    }
    await client.query(
      `INSERT INTO orders (id, reference, center_id, course_id, provider, status, unit_amount, discount_amount, total_amount, refunded_amount, currency, paid_at, created_at, updated_at)
       SELECT id, reference, $1, course_id, provider::"PaymentProvider", status::"OrderStatus", unit, discount, total, refunded, currency::"Currency", paid, paid, paid
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[], $11::text[], $12::timestamptz[])
         AS t(id, reference, course_id, provider, status, unit, discount, total, refunded, currency, paid)`,
      [centerId, o.id, o.reference, o.course, o.provider, o.status, o.unit, o.discount, o.total, o.refunded, o.currency, o.paid],
    );
    await client.query(
      `INSERT INTO payments (id, center_id, order_id, provider, provider_transaction_id, status, amount, currency, method, provider_fee_amount, paid_at, created_at, updated_at)
       SELECT id, $1, order_id, provider::"PaymentProvider", txn, 'SUCCEEDED', amount, currency::"Currency", method, fee, paid, paid, paid
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::int[], $10::timestamptz[])
         AS t(id, order_id, provider, txn, amount, currency, method, fee, paid)`,
      [centerId, p.id, p.order, p.provider, p.txn, p.amount, p.currency, p.method, p.fee, p.paid],
    );
    await client.query(
      `INSERT INTO refunds (id, center_id, order_id, provider, amount, currency, reason, status, processed_at, requested_at, created_at, updated_at)
       SELECT id, $1, order_id, provider::"PaymentProvider", amount, currency::"Currency", 'bench', 'SUCCEEDED', at, at, at, at
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::timestamptz[]) AS t(id, order_id, provider, amount, currency, at)`,
      [centerId, r.id, r.order, r.provider, r.amount, r.currency, r.at],
    );
    await client.query(
      `INSERT INTO ledger_entries (id, center_id, order_id, refund_id, type, amount, currency, posting_key, occurred_at, created_at)
       SELECT id, $1, order_id, refund_id, type::"LedgerEntryType", amount, currency::"Currency", key, at, at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::timestamptz[])
         AS t(id, order_id, refund_id, type, amount, currency, key, at)`,
      [centerId, l.id, l.order, l.refund, l.type, l.amount, l.currency, l.key, l.at],
    );
  }
  return centerId;
}


