import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3_TEST_CREDENTIALS, startS3Server } from "@/lib/testing/s3-server";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import type { FileStorage } from "./storage";

/** A driver under test, and what it holds, read around the driver (its folder, or the S3 server's own folder). */
type Driver = { storage: FileStorage; storedKeys: () => Promise<string[]>; close: () => Promise<void> };

async function localDisk(): Promise<Driver> {
  // The parent holds the root and nothing else: a key that escaped would land beside it.
  const parent = await mkdtemp(path.join(os.tmpdir(), "mmso-storage-contract-"));
  const inner = path.join(parent, "root");
  return {
    storage: new LocalDiskStorage(inner),
    storedKeys: async () => {
      const entries = await readdir(parent, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => path.relative(inner, path.join(e.parentPath, e.name)));
    },
    close: () => rm(parent, { recursive: true, force: true }),
  };
}

const PREFIX = "install-a/";

async function s3(): Promise<Driver> {
  const server = await startS3Server();
  return {
    storage: new S3Storage({ endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true, ...S3_TEST_CREDENTIALS, bucket: server.bucket, keyPrefix: PREFIX }),
    // Every object in the bucket: a key that escaped the prefix would show.
    storedKeys: async () => (await server.objectKeys()).map((key) => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : `OUTSIDE:${key}`)),
    close: () => server.close(),
  };
}

const BAD_KEYS = [
  "",
  "../outside.webp",
  "users/../../outside.webp",
  "users/..%2f..%2foutside.webp",
  "/absolute.webp",
  "users\\..\\outside.webp",
  "Users/upper.webp",
  "no-extension",
  "users/a.webp/../b.webp",
  "users/a.webp?x=1",
  ".hidden.webp",
];

/** Every byte value, then pseudo-random bytes: nothing may be re-encoded on the way. */
function binary(): Uint8Array {
  const bytes = new Uint8Array(70_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i < 256 ? i : (i * 7919 + 13) % 256;
  return bytes;
}

describe.each([
  ["LocalDiskStorage", localDisk],
  ["S3Storage", s3],
] as const)("FileStorage contract: %s", (_name, start) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await start();
  });
  afterAll(() => driver.close());

  it("returns exactly the bytes put, with the content type of the key's extension", async () => {
    const bytes = binary();
    await driver.storage.put("users/u1/photo-0a1b.webp", bytes, "image/webp");
    await driver.storage.put("centers/c1/logo-0a1b.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
    const webp = await driver.storage.get("users/u1/photo-0a1b.webp");
    expect(webp?.contentType).toBe("image/webp");
    expect(Buffer.from(webp?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect((await driver.storage.get("centers/c1/logo-0a1b.png"))?.contentType).toBe("image/png");
    await driver.storage.put("users/u1/photo-0a1b.webp", new Uint8Array([1, 2, 3]), "image/webp");
    expect(Array.from((await driver.storage.get("users/u1/photo-0a1b.webp"))?.bytes ?? [])).toEqual([1, 2, 3]);
  });

  it("answers null for a missing key", async () => {
    expect(await driver.storage.get("users/nobody/photo-missing.webp")).toBeNull();
  });

  it("deletes idempotently", async () => {
    await driver.storage.put("users/u2/photo-del.webp", new Uint8Array([9]), "image/webp");
    await driver.storage.delete("users/u2/photo-del.webp");
    await driver.storage.delete("users/u2/photo-del.webp");
    await driver.storage.delete("users/u2/photo-never.webp");
    expect(await driver.storage.get("users/u2/photo-del.webp")).toBeNull();
  });

  it("refuses keys outside the rule, so nothing is written or read outside its root", async () => {
    const before = (await driver.storedKeys()).sort();
    for (const key of BAD_KEYS) {
      await expect(driver.storage.put(key, new Uint8Array([1]), "image/webp"), key).rejects.toThrow("Invalid storage key");
      await expect(driver.storage.delete(key), key).rejects.toThrow("Invalid storage key");
      expect(await driver.storage.get(key), key).toBeNull();
    }
    expect((await driver.storedKeys()).sort()).toEqual(before);
    expect(before).toEqual(["centers/c1/logo-0a1b.png", "users/u1/photo-0a1b.webp"]);
  });

  it("gives every file a URL under /media", () => {
    expect(driver.storage.urlFor("users/u1/photo-0a1b.webp")).toBe("/media/users/u1/photo-0a1b.webp");
  });
});
