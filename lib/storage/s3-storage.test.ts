import { createServer } from "node:net";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3_TEST_CREDENTIALS, startS3Server, type TestS3Server } from "@/lib/testing/s3-server";
import { S3Storage, type S3StorageOptions } from "./s3-storage";

// What the shared contract (storage-contract.test.ts) cannot say about a bucket: signatures are
// checked, failures carry no credentials, and objects keep their metadata under the prefix.
let server: TestS3Server;
let options: S3StorageOptions;
beforeAll(async () => {
  server = await startS3Server();
  options = { endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true, bucket: server.bucket, keyPrefix: "mmso/", ...S3_TEST_CREDENTIALS };
});
afterAll(() => server.close());

const KEY = "users/u1/photo-0a1b2c.webp";

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** Everything an error could show when logged or printed. */
function shown(error: Error): string {
  return [String(error), error.stack, JSON.stringify(error), JSON.stringify(Object.entries(error)), String(error.cause)].join("\n");
}

describe("S3Storage against a real S3-compatible server", () => {
  it("stores the object under the prefix with its content type", async () => {
    await new S3Storage(options).put(KEY, new Uint8Array([1, 2, 3]), "image/webp");
    const client = new S3Client({ endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true, credentials: S3_TEST_CREDENTIALS });
    const head = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: `mmso/${KEY}` }));
    client.destroy();
    expect(head).toMatchObject({ ContentType: "image/webp", ContentLength: 3 });
    expect(await server.objectKeys()).toEqual([`mmso/${KEY}`]);
  });

  it("is refused with a wrong secret key (the server checks SigV4), and the error shows no credential", async () => {
    const secret = "wrong-secret-0123456789abcdef";
    const storage = new S3Storage({ ...options, secretAccessKey: secret });
    for (const error of [await failureOf(storage.put("users/u1/photo-other.webp", new Uint8Array([1]), "image/webp")), await failureOf(storage.get(KEY))]) {
      // A refused signature is an error, never a missing file (get does not answer null).
      expect(error.message).toMatch(/^Object storage (put|get) failed: SignatureDoesNotMatch \(HTTP 403\)$/);
      expect(shown(error)).not.toContain(secret);
      expect(shown(error)).not.toContain(S3_TEST_CREDENTIALS.accessKeyId);
    }
    expect(await server.objectKeys()).not.toContain("mmso/users/u1/photo-other.webp");
  });

  it("is refused with an unknown access key id", async () => {
    const error = await failureOf(new S3Storage({ ...options, accessKeyId: "AKIAUNKNOWN000000000" }).get(KEY));
    expect(error.message).toContain("InvalidAccessKeyId (HTTP 403)");
    expect(shown(error)).not.toContain("AKIAUNKNOWN000000000");
  });

  it("fails fast, after its retries, when the store is unreachable", async () => {
    // A port that was free a moment ago: connections are refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const started = Date.now();
    const error = await failureOf(new S3Storage({ ...options, endpoint: `http://127.0.0.1:${port}` }).get(KEY));
    expect(error.message).toBe("Object storage get failed: ECONNREFUSED");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
