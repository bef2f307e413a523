import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./parse-env";

const S3 = { STORAGE_DRIVER: "s3", S3_BUCKET: "mmso-uploads", S3_ACCESS_KEY_ID: "AKIAEXAMPLE", S3_SECRET_ACCESS_KEY: "secret-value-0123456789", S3_REGION: "ap-southeast-1" };

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
}

describe("parseEnv: file storage (ADR 0044)", () => {
  it("keeps local disk when STORAGE_DRIVER is unset", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ STORAGE_DRIVER: "local", STORAGE_DIR: ".data/uploads", S3_FORCE_PATH_STYLE: false, S3_KEY_PREFIX: "" });
    expect(env.S3_BUCKET).toBeUndefined();
    // S3 settings without the driver are parsed but change nothing.
    expect(parseEnv({ S3_BUCKET: "mmso-uploads" }).STORAGE_DRIVER).toBe("local");
  });

  it("reads a complete S3 configuration", () => {
    const env = parseEnv({ ...S3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: " TRUE ", S3_KEY_PREFIX: "mmso/prod" });
    expect(env).toMatchObject({ STORAGE_DRIVER: "s3", S3_BUCKET: "mmso-uploads", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: true, S3_KEY_PREFIX: "mmso/prod/" });
    expect(parseEnv({ ...S3, S3_FORCE_PATH_STYLE: "0" }).S3_FORCE_PATH_STYLE).toBe(false);
  });

  it("names every missing S3 setting, in demo mode too", () => {
    expect(problemsOf({ STORAGE_DRIVER: "s3" })).toEqual([
      "S3_BUCKET is required when STORAGE_DRIVER=s3",
      "S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3",
      "S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3",
      "S3_REGION is required when STORAGE_DRIVER=s3 and S3_ENDPOINT is unset (AWS S3)",
    ]);
    expect(problemsOf({ ...S3, APP_MODE: "demo", S3_SECRET_ACCESS_KEY: " " })).toEqual(["S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3"]);
  });

  it("needs S3_REGION only for AWS (no endpoint)", () => {
    expect(problemsOf({ ...S3, S3_REGION: undefined, S3_ENDPOINT: "https://account.r2.cloudflarestorage.com" })).toEqual([]);
    expect(parseEnv({ ...S3, S3_REGION: "auto", S3_ENDPOINT: "https://account.r2.cloudflarestorage.com" }).S3_REGION).toBe("auto");
  });

  it("refuses a bad endpoint, bucket, region, flag or prefix with the variable's name", () => {
    for (const [name, value] of [
      ["S3_ENDPOINT", "not a url"],
      ["S3_ENDPOINT", "ftp://files.example.com"],
      ["S3_BUCKET", "Bad_Bucket"],
      ["S3_BUCKET", "ab"],
      ["S3_REGION", "EU West"],
      ["S3_FORCE_PATH_STYLE", "yes"],
      ["S3_KEY_PREFIX", "../other"],
      ["S3_KEY_PREFIX", "/abs"],
      ["STORAGE_DRIVER", "gcs"],
    ] as const) {
      expect(() => parseEnv({ ...S3, [name]: value }), `${name}=${value}`).toThrow(new RegExp(name));
    }
  });

  it("never puts the secret key in an error message", () => {
    const secret = "very-secret-value-0123456789";
    let message = "";
    try {
      parseEnv({ ...S3, S3_SECRET_ACCESS_KEY: secret, S3_BUCKET: undefined, S3_ENDPOINT: "not a url" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("S3_ENDPOINT");
    expect(message).not.toContain(secret);
  });
});
