import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readSignedRequest, signedRequestConfirmationCode } from "./signed-request";

const SECRET = "test-app-secret";
const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");
const make = (payload: unknown, secret = SECRET) => {
  const body = b64url(JSON.stringify(payload));
  return `${createHmac("sha256", secret).update(body).digest("base64url")}.${body}`;
};

describe("readSignedRequest", () => {
  it("returns the user id of a correctly signed request", () => {
    expect(readSignedRequest(make({ algorithm: "HMAC-SHA256", issued_at: 1, user_id: "12345" }), SECRET)).toEqual({ userId: "12345" });
    expect(readSignedRequest(make({ user_id: "777" }), SECRET)).toEqual({ userId: "777" });
  });

  it("refuses a wrong secret, a swapped payload, another algorithm and malformed input", () => {
    const good = make({ algorithm: "HMAC-SHA256", user_id: "12345" });
    const [sig] = good.split(".");
    expect(readSignedRequest(make({ user_id: "12345" }, "other"), SECRET)).toBeNull();
    expect(readSignedRequest(`${sig}.${b64url(JSON.stringify({ algorithm: "HMAC-SHA256", user_id: "99999" }))}`, SECRET)).toBeNull();
    expect(readSignedRequest(make({ algorithm: "HMAC-SHA1", user_id: "1" }), SECRET)).toBeNull();
    expect(readSignedRequest(make({ algorithm: "HMAC-SHA256" }), SECRET)).toBeNull();
    expect(readSignedRequest(make("not an object"), SECRET)).toBeNull();
    for (const bad of ["", "abc", "a.b.c", `${sig}.`, `.${good.split(".")[1]}`, "***.***"]) expect(readSignedRequest(bad, SECRET)).toBeNull();
    const body = b64url("{not json");
    expect(readSignedRequest(`${createHmac("sha256", SECRET).update(body).digest("base64url")}.${body}`, SECRET)).toBeNull();
  });
});

describe("signedRequestConfirmationCode", () => {
  it("is the same for a repeated request, differs between requests and secrets, and shows nothing of the user id", () => {
    const request = make({ algorithm: "HMAC-SHA256", issued_at: 1, user_id: "12345" });
    const code = signedRequestConfirmationCode(request, SECRET);
    expect(code).toMatch(/^[0-9A-F]{16}$/);
    expect(signedRequestConfirmationCode(` ${request} `, SECRET)).toBe(code);
    expect(signedRequestConfirmationCode(make({ algorithm: "HMAC-SHA256", issued_at: 2, user_id: "12345" }), SECRET)).not.toBe(code);
    expect(signedRequestConfirmationCode(request, "other-secret")).not.toBe(code);
    expect(code).not.toContain("12345");
  });
});
