import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";
import { GET } from "@/app/center/[slug]/finance/export/route";

// The route reads the web session and the request's language through Next; here they are given.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));

const download = (slug: string, query = "from=2026-01-01&to=2026-12-31") =>
  GET(new Request(`http://localhost/center/${slug}/finance/export?${query}`), { params: Promise.resolve({ slug }) });

async function readChunks(response: Response): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return chunks;
}
const decode = (chunks: Uint8Array[]) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(chunks));

async function paidShop(title: string) {
  const shop = await createShop({ priceAmount: 30_000 });
  await db.course.update({ where: { id: shop.course.id }, data: { titleEn: title } });
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total }, { occurredAt: new Date("2026-03-05T04:00:00Z"), method: "=KBZ Pay" }));
  const owner = await addStaff(shop.center.id, "OWNER");
  return { shop, order, owner };
}

beforeEach(() => {
  session.actor = null;
});

describe("GET /center/[slug]/finance/export", () => {
  it("downloads a BOM-prefixed CSV with a header and defused, quoted cells", async () => {
    const { shop, order, owner } = await paidShop(`=HYPERLINK("http://evil"), "Excel" စာရင်း`);
    session.actor = owner.actor;
    const response = await download(shop.center.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="finance-${shop.center.slug}-2026-01-01-2026-12-31.csv"`);
    const chunks = await readChunks(response);
    expect([...Buffer.concat(chunks).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decode(chunks).slice(1).split("\r\n");
    expect(lines[0]).toBe("reference,paid_at,course,method,currency,gross,discount,fee,commission,net,refunded");
    expect(lines[1]).toBe(`${order.reference},2026-03-05T04:00:00.000Z,"'=HYPERLINK(""http://evil""), ""Excel"" စာရင်း",KBZPay · =KBZ Pay,MMK,30000,0,0,-3000,27000,0`);
    expect(lines.slice(2)).toEqual([""]);
  });

  it("streams more than one batch of 1,000 orders", async () => {
    const { shop, owner } = await paidShop("Bulk");
    const ids = Array.from({ length: 1_204 }, () => crypto.randomUUID());
    const at = new Date("2026-04-01T00:00:00Z");
    await db.order.createMany({
      data: ids.map((id, i) => ({ id, reference: `BULK_${shop.center.id.slice(0, 8)}_${i}`, centerId: shop.center.id, courseId: shop.course.id, provider: "KBZPAY" as const, status: "PAID" as const, unitAmount: 1_000, totalAmount: 1_000, currency: "MMK" as const, paidAt: at })),
    });
    await db.ledgerEntry.createMany({
      data: ids.flatMap((id) => [
        { centerId: shop.center.id, orderId: id, type: "GROSS" as const, amount: 1_000, currency: "MMK" as const, postingKey: `order:${id}:GROSS`, occurredAt: at },
        { centerId: shop.center.id, orderId: id, type: "CENTER_NET" as const, amount: 1_000, currency: "MMK" as const, postingKey: `order:${id}:CENTER_NET`, occurredAt: at },
      ]),
    });
    session.actor = owner.actor;
    const chunks = await readChunks(await download(shop.center.slug));
    const lines = decode(chunks).slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 1_205);
    expect(new Set(lines.slice(1).map((line) => line.split(",")[0])).size).toBe(1_205);
    // The header, then one chunk per keyset batch: 1,000 and 205 orders.
    expect(chunks).toHaveLength(3);
    expect(decode(chunks.slice(1, 2)).trimEnd().split("\r\n")).toHaveLength(1_000);
  });

  it("answers 404 to strangers and the signed-out, 403 to instructors, 422 to a bad period", async () => {
    const { shop } = await paidShop("Private");
    const other = await createShop();
    session.actor = (await addStaff(other.center.id, "OWNER")).actor;
    expect((await download(shop.center.slug)).status).toBe(404);
    session.actor = actorFor(shop.buyer);
    expect((await download(shop.center.slug)).status).toBe(404);
    session.actor = null;
    expect((await download(shop.center.slug)).status).toBe(404);
    session.actor = (await addStaff(shop.center.id, "INSTRUCTOR")).actor;
    expect((await download(shop.center.slug)).status).toBe(403);
    session.actor = (await addStaff(shop.center.id, "ADMIN")).actor;
    const tooLong = await download(shop.center.slug, "from=2025-01-01&to=2026-12-31");
    expect(tooLong.status).toBe(422);
    expect(await tooLong.json()).toMatchObject({ error: { code: "validation_failed" } });
    expect((await download(shop.center.slug, "from=2026-01-01")).status).toBe(422);
  });
});
