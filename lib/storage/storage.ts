import "server-only";
import path from "node:path";
import type { Env } from "@/lib/config/parse-env";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

/**
 * Where uploaded files live: local disk (demo, single machine) or an S3-compatible bucket that
 * every app instance shares (STORAGE_DRIVER, ADR 0044). Keys are opaque, never user input.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  delete(key: string): Promise<void>;
  /** Public URL path under which the app serves the file. */
  urlFor(key: string): string;
}

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= createStorage(env());
  return storage;
}

/** The driver STORAGE_DRIVER names, configured from the parsed environment. */
export function createStorage(config: Env): FileStorage {
  if (config.STORAGE_DRIVER === "local") return new LocalDiskStorage(path.resolve(config.STORAGE_DIR));
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  // parseEnv refuses STORAGE_DRIVER=s3 without these; this only narrows the types.
  if (!bucket || !accessKeyId || !secretAccessKey) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  return new S3Storage({
    endpoint: config.S3_ENDPOINT,
    // parseEnv requires S3_REGION for AWS; us-east-1 suits the endpoint stores (R2 reads it as `auto`).
    region: config.S3_REGION ?? "us-east-1",
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    keyPrefix: config.S3_KEY_PREFIX,
  });
}
