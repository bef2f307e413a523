import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readJsonBody } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
  return "none";
}

describe("readJsonBody", () => {
  it("parses JSON, including Burmese text", async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: "မောင်မောင်" })))).toEqual({ name: "မောင်မောင်" });
  });
  it("refuses a body over the limit with payload_too_large, even without Content-Length", async () => {
    const big = "x".repeat(2048);
    expect(await codeOf(readJsonBody(post(JSON.stringify({ big })), 1024))).toBe("payload_too_large");
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    expect(await codeOf(readJsonBody(post(stream), 1024))).toBe("payload_too_large");
  });
  it("answers malformed JSON and non-JSON bodies with their own codes", async () => {
    expect(await codeOf(readJsonBody(post("{not json")))).toBe("invalid_json");
    expect(await codeOf(readJsonBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" })))).toBe(
      "unsupported_media_type",
    );
  });
  it("treats an empty body as undefined", async () => {
    expect(await readJsonBody(post(""))).toBeUndefined();
  });
});
