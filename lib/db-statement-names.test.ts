import { describe, expect, it } from "vitest";
import { statementName } from "./db-statement-names";

describe("prepared statement names", () => {
  it("gives one SQL text one stable name, and different texts different names", () => {
    const a = statementName('SELECT "id" FROM "courses" WHERE "id" = $1');
    expect(statementName('SELECT "id" FROM "courses" WHERE "id" = $1')).toBe(a);
    expect(statementName('SELECT "id" FROM "courses" WHERE "slug" = $1')).not.toBe(a);
    expect(a).toMatch(/^mmso_[0-9a-f]{32}$/);
  });

  it("stays within PostgreSQL's 63-byte identifier limit however long the query", () => {
    expect(Buffer.byteLength(statementName(`SELECT ${"x, ".repeat(10_000)}1`))).toBeLessThanOrEqual(63);
  });
});
