import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "./databases.ts";
import { findFreePort, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { queryRows } from "./test-fixtures/query-rows.ts";

const tmpDataDir = () => path.join(os.tmpdir(), `mmso-pg-test-${randomUUID()}`);
const cleanup: string[] = [];
afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});


describe("startEmbeddedPostgres", () => {
  it("initialises a UTF-8 cluster where ILIKE and pg_trgm match Burmese text, and stops idempotently", async () => {
    const dataDir = tmpDataDir();
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
    try {
      await ensureDatabase(server.adminUrl, "burmese");
      const url = server.urlFor("burmese");
      const [locale] = await queryRows(url, "SELECT datcollate, datctype FROM pg_database WHERE datname = 'burmese'");
      expect(locale).toEqual({ datcollate: "C.UTF-8", datctype: "C.UTF-8" });
      await queryRows(
        url,
        `CREATE EXTENSION pg_trgm;
         CREATE TABLE course (title text);
         CREATE INDEX ON course USING gin (title gin_trgm_ops);
         INSERT INTO course VALUES ('မြန်မာစာ သင်ခန်းစာ'), ('English for beginners');`,
      );
      const matches = await queryRows<{ title: string }>(url, "SELECT title FROM course WHERE title ILIKE '%စာ သင်%'");
      expect(matches).toEqual([{ title: "မြန်မာစာ သင်ခန်းစာ" }]);
      const [similar] = await queryRows<{ score: number }>(
        url,
        "SELECT word_similarity('သင်ခန်းစာ', title) AS score FROM course WHERE title LIKE 'မြန်%'",
      );
      expect(similar!.score).toBeGreaterThan(0.5);
    } finally {
      await server.stop();
      await server.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it("restarts a persistent data dir without initdb, past a stale postmaster.pid", async () => {
    const dataDir = tmpDataDir();
    cleanup.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    await ensureDatabase(first.adminUrl, "kept");
    await first.stop();
    // A pid file whose pid now belongs to another process (this one): PostgreSQL alone would refuse.
    await writeFile(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n0\n5432\n`);
    const second = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    try {
      expect(await queryRows(second.adminUrl, "SELECT 1 FROM pg_database WHERE datname = 'kept'")).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("refuses a data dir in use by a live process, and takes over from one that was killed", async () => {
    const dataDir = tmpDataDir();
    cleanup.push(dataDir);
    const tsx = createRequire(import.meta.url).resolve("tsx");
    const fixture = path.join(import.meta.dirname, "test-fixtures", "hold-embedded-postgres.ts");
    const holder = spawn(process.execPath, ["--import", tsx, fixture, dataDir, String(await findFreePort())], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      holder.once("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true })).rejects.toThrow(
      /already running/,
    );
    holder.kill("SIGKILL"); // its PostgreSQL survives as an orphan, like after a crashed npm start
    await new Promise((resolve) => holder.once("exit", resolve));
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    try {
      expect(await queryRows(server.adminUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
  });
});

describe("findFreePort", () => {
  it("returns the preferred port when free and another one when taken", async () => {
    const port = await findFreePort();
    expect(await findFreePort(port)).toBe(port);
    const server = await startEmbeddedPostgres({ dataDir: tmpDataDir(), port, persistent: false });
    try {
      const other = await findFreePort(port);
      expect(other).not.toBe(port);
      expect(other).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
