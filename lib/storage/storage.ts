import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk-storage";

/**
 * Where uploaded files live. Local disk in demo and development; an S3-compatible store joins it
 * for production (many app instances must share one store). Keys are opaque, never user input.
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
  storage ??= new LocalDiskStorage(path.resolve(env().STORAGE_DIR));
  return storage;
}
