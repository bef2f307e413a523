import { describe, expect, it } from "vitest";
import { db } from "./db";

describe("the app's Prisma client prepares its statements by name", () => {
  it("a query run twice is parsed once per connection and found under its mmso_ name", async () => {
    const probe = () => db.$queryRaw<{ name: string; calls: bigint }[]>`
      SELECT name, (generic_plans + custom_plans) AS calls FROM pg_prepared_statements
      WHERE statement LIKE '%pg_prepared_statements%' AND statement LIKE '%calls%'`;
    // The pool may run each call on another connection: repeat until one connection saw it twice.
    let rows: { name: string; calls: bigint }[] = [];
    for (let i = 0; i < 30 && !rows.some((r) => r.calls >= 2n); i++) rows = await probe();
    expect(rows[0]?.name).toMatch(/^mmso_/);
    expect(rows.some((r) => r.calls >= 2n)).toBe(true);
  });

  it("ORM queries and transactions work on named statements (the same text with other values)", async () => {
    const ids = await db.$transaction(async (tx) => [
      await tx.course.findFirst({ where: { slug: "no-such-course-a" }, select: { id: true } }),
      await tx.course.findFirst({ where: { slug: "no-such-course-b" }, select: { id: true } }),
    ]);
    expect(ids).toEqual([null, null]);
  });
});
