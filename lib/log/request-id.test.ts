import { describe, expect, it } from "vitest";
import { newRequestId, REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  it("prefers our server's header to a proxy's, and either to a new id", () => {
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: "server-id-123", "x-request-id": "proxy-id-123" }))).toBe("server-id-123");
    expect(requestIdFrom(new Headers({ "x-request-id": "proxy-id-123" }))).toBe("proxy-id-123");
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never takes an id that is not a plain token", () => {
    for (const bad of ["short", "has space in it", 'quote"injected"', "x".repeat(65), "line\\nbreak-abc"]) {
      expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: bad }))).not.toBe(bad);
    }
  });

  it("makes distinct ids", () => {
    expect(newRequestId()).not.toBe(newRequestId());
  });
});
