import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

/** The fake server's one account (hard-coded in s3rver); it verifies SigV4 signatures made with it. */
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export type TestS3Server = {
  endpoint: string;
  bucket: string;
  /** Every object key in the bucket, read from the server's own folder (not through S3Storage). */
  objectKeys: () => Promise<string[]>;
  close: () => Promise<void>;
};

/**
 * A real S3-compatible HTTP server on 127.0.0.1 (a free port), with one empty bucket, for tests of
 * S3Storage over the real protocol: requests are signed by the AWS SDK and checked by the server.
 */
export async function startS3Server(bucket = "mmso-test"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "mmso-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, vhostBuckets: false, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    objectKeys: async () => {
      // s3rver keeps object `a/b.webp` as `<directory>/<bucket>/a/b.webp._S3rver_object`.
      const root = path.join(directory, bucket);
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      const suffix = "._S3rver_object";
      return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => path.relative(root, path.join(e.parentPath, e.name)).slice(0, -suffix.length));
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
