import "server-only";
import type { S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { FileStorage } from "./storage";
import { assertStorageKey, contentTypeForKey, isStorageKey, mediaUrlFor } from "./storage-key";

export type S3StorageOptions = {
  /** Unset = AWS S3, whose endpoint the SDK derives from the region. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO and other single-host stores). */
  forcePathStyle: boolean;
  /** Prepended to every key (`mmso/`), so one bucket can hold several installs. Ends with `/` or is empty. */
  keyPrefix: string;
};

/**
 * Files in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Spaces, B2), shared by every app
 * instance (ADR 0044). The app still serves them through app/media/[...key]; the bucket stays private.
 */
export class S3Storage implements FileStorage {
  private connection?: Promise<{ sdk: typeof import("@aws-sdk/client-s3"); client: S3Client }>;

  constructor(private readonly options: S3StorageOptions) {}

  /** The SDK is loaded on first use (about half a second), so local-disk installs never pay for it. */
  private connect() {
    this.connection ??= import("@aws-sdk/client-s3").then((sdk) => ({ sdk, client: this.createClient(sdk.S3Client) }));
    return this.connection;
  }

  private createClient(Client: typeof S3Client): S3Client {
    const { options } = this;
    return new Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // A stalled store must not hold an upload or a /media request for minutes: 3 s to connect,
      // 15 s for a whole request (files are at most a few MB), thrown rather than only logged.
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000, throwOnRequestTimeout: true },
      // The SDK's standard retry (exponential backoff with jitter on throttling, 5xx and network
      // errors): 3 attempts in all keeps the worst case under a minute.
      maxAttempts: 3,
      // Checksums only where the API requires them: the SDK's default (a CRC32 on every request,
      // aws-chunked trailers) is refused or mishandled by several S3-compatible stores. SigV4
      // already signs the payload's SHA-256.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.connect();
    await client.send(new sdk.PutObjectCommand({ Bucket: this.options.bucket, Key, Body: bytes, ContentType: contentType })).catch((error: unknown) => {
      throw storageError("put", error);
    });
  }

  async get(key: string) {
    if (!isStorageKey(key)) return null;
    const { sdk, client } = await this.connect();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
      if (!object.Body) return null;
      return { bytes: await object.Body.transformToByteArray(), contentType: contentTypeForKey(key) };
    } catch (error) {
      // NoSuchKey on AWS, R2 and MinIO; a bare 404 from stores that send no error body.
      // (AWS answers 403 for a missing key when the credentials lack s3:ListBucket: ADR 0044.)
      if (error instanceof sdk.S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)) return null;
      throw storageError("get", error);
    }
  }

  /** Idempotent: S3 answers 204 for a key that is already gone. */
  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key })).catch((error: unknown) => {
      throw storageError("delete", error);
    });
  }

  urlFor(key: string): string {
    return mediaUrlFor(key);
  }

  private objectKey(key: string): string {
    // Security-critical: the key rule keeps every object under the prefix.
    assertStorageKey(key);
    return `${this.options.keyPrefix}${key}`;
  }
}

/**
 * An error safe to log and to show: the operation, the store's error code and HTTP status only.
 * The SDK's exception carries the store's response fields (the access key id, the string to
 * sign); the secret never leaves the signer, and nothing of the response is kept, not even as cause.
 */
function storageError(operation: string, error: unknown): Error {
  if (isServiceException(error)) {
    const status = error.$metadata.httpStatusCode;
    return Object.assign(new Error(`Object storage ${operation} failed: ${error.name}${status ? ` (HTTP ${status})` : ""}`), { name: "StorageError", code: error.name });
  }
  // Network failures: Node's code (ECONNREFUSED, ETIMEDOUT) or the SDK's TimeoutError.
  const nodeCode = (error as { code?: unknown } | null)?.code;
  const code = typeof nodeCode === "string" ? nodeCode : error instanceof Error ? error.name : typeof error;
  return Object.assign(new Error(`Object storage ${operation} failed: ${code}`), { name: "StorageError", code });
}

/** The store answered (an S3ServiceException, told apart without loading the SDK). */
function isServiceException(error: unknown): error is S3ServiceException {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === "object" && (error as { $fault?: unknown }).$fault !== undefined;
}
