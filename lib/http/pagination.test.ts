import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { decodeCursor, encodeCursor, pageQuery, toPage } from "./pagination";

describe("pagination", () => {
  it("defaults the limit to 20 and caps it at 100", () => {
    expect(pageQuery.parse({}).limit).toBe(20);
    expect(pageQuery.safeParse({ limit: "101" }).success).toBe(false);
    expect(pageQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(pageQuery.parse({ limit: "5" }).limit).toBe(5);
  });
  it("round-trips cursors and rejects forged ones as a 422", () => {
    const id = "0195d3c4-0000-7000-8000-000000000001";
    const cursor = encodeCursor({ key: "2026-11-20T09:00:00.000Z", id });
    expect(decodeCursor(cursor)).toEqual({ key: "2026-11-20T09:00:00.000Z", id });
    expect(() => decodeCursor(encodeCursor({ key: "2026-11-20T09:00:00.000Z", id: "x" }))).toThrow(AppError);
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of ["!!!", Buffer.from("[1]").toString("base64url"), Buffer.from('{"a":1}').toString("base64url")]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });
  it("returns a next cursor only when there is another page", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `0195d3c4-0000-7000-8000-00000000000${n}`, at: n }));
    const full = toPage(rows, 2, (r) => ({ key: r.at, id: r.id }), (r) => r.id);
    expect(full.items).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(decodeCursor(full.nextCursor ?? "")).toEqual({ key: 2, id: rows[1]?.id });
    expect(toPage(rows.slice(0, 2), 2, (r) => ({ key: r.at, id: r.id }), (r) => r.id).nextCursor).toBeNull();
  });
});
