import { existsSync } from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMedia } from "@/app/media/[...key]/route";
import { env } from "@/lib/env";
import { createUser } from "@/lib/testing/factories";
import { S3_TEST_CREDENTIALS, startS3Server, type TestS3Server } from "@/lib/testing/s3-server";
import { removeProfilePhoto, setProfilePhoto } from "./set-profile-photo";

// The profile-photo flow with STORAGE_DRIVER=s3 (ADR 0044): the bytes go to a real S3-compatible
// server on 127.0.0.1 and app/media serves them back from the bucket. The environment is set
// before anything reads it (parsed once per test file).
let server: TestS3Server;
beforeAll(async () => {
  server = await startS3Server("mmso-photos");
  Object.assign(process.env, {
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: server.endpoint,
    S3_BUCKET: server.bucket,
    S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
    S3_KEY_PREFIX: "mmso",
  });
});
afterAll(() => server.close());

async function photo(): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width: 900, height: 600, channels: 3, background: "#2a6" } }).jpeg().toBuffer());
}

async function serve(url: string) {
  const key = url.replace("/media/", "");
  return getMedia(new Request(`http://localhost${url}`), { params: Promise.resolve({ key: key.split("/") }) });
}

describe("profile photo on S3-compatible storage", () => {
  it("stores the photo in the bucket, serves it through /media, and deletes it from the bucket", async () => {
    expect(env().STORAGE_DRIVER).toBe("s3");
    const user = await createUser();
    const first = await setProfilePhoto(user.id, await photo());
    expect(first.photoUrl).toMatch(/^\/media\/users\/.+\/photo-[0-9a-f]{24}\.webp$/);
    const firstKey = (first.photoUrl ?? "").replace("/media/", "");
    expect(await server.objectKeys()).toEqual([`mmso/${firstKey}`]);
    // Nothing went to the local upload folder.
    expect(existsSync(env().STORAGE_DIR)).toBe(false);

    const served = await serve(first.photoUrl ?? "");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ format: "webp", width: 512, height: 512 });

    const second = await setProfilePhoto(user.id, await photo());
    const secondKey = (second.photoUrl ?? "").replace("/media/", "");
    expect(await server.objectKeys()).toEqual([`mmso/${secondKey}`]);
    expect((await serve(first.photoUrl ?? "")).status).toBe(404);

    await removeProfilePhoto(user.id);
    expect(await server.objectKeys()).toEqual([]);
    expect((await serve(second.photoUrl ?? "")).status).toBe(404);
  });

  it("serves nothing for a key outside the rule", async () => {
    const res = await getMedia(new Request("http://localhost/media/x"), { params: Promise.resolve({ key: ["..", "..", "etc", "passwd"] }) });
    expect(res.status).toBe(404);
  });
});
