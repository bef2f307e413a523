import { randomInt } from "node:crypto";
import { expect } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-header";
import { callRoute } from "@/lib/testing/call-route";
import type { RouteHandler } from "@/lib/testing/fuzz/route-module";

/** The reverse proxy the tests configure as trusted (TRUSTED_PROXY_CIDRS=10.0.0.0/8). */
const PROXY = "10.1.2.3";

let counter = 0;
/** A public IPv4 address not used before in this file: one more machine of the attacker. */
export const freshIp = () => {
  counter += 1;
  return `198.18.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
};
/** A Myanmar mobile number (Mytel's 0979 range, valid for libphonenumber) not used before in this file. */
export const freshPhone = () => `+95979${String(randomInt(0, 1e5)).padStart(5, "0")}${String(counter++ % 100).padStart(2, "0")}`;

/** A client that connects directly (no trusted proxy) and invents a different X-Forwarded-For each time. */
export const attackerAt = (peer: string) => ({ peer, spoofed: true as const });
export type From = string | ReturnType<typeof attackerAt>;

/** POSTs JSON as a client at `from`: behind the trusted proxy (X-Forwarded-For), or directly with a spoofed header. */
export function postFrom(handler: RouteHandler, url: string, body: unknown, from: From) {
  const network =
    typeof from === "string"
      ? { [PEER_ADDRESS_HEADER]: PROXY, "x-forwarded-for": from }
      : { [PEER_ADDRESS_HEADER]: from.peer, "x-forwarded-for": freshIp() };
  return callRoute(handler, url, { method: "POST", headers: { "content-type": "application/json", ...network }, body: JSON.stringify(body) });
}

/** Asserts the contract's error (status, code, message, request id; Retry-After on a 429) and returns Retry-After. */
export function expectContractError(res: Awaited<ReturnType<typeof callRoute>>, status: number, code: string) {
  expect({ status: res.status, code: res.json?.error?.code }).toEqual({ status, code });
  expect(res.json.error).toMatchObject({ message: expect.any(String), requestId: expect.any(String) });
  const retryAfter = res.headers.get("retry-after");
  if (status === 429) expect(retryAfter).toMatch(/^[1-9]\d*$/);
  return { retryAfter: retryAfter === null ? null : Number(retryAfter) };
}

/** Runs `n` calls, `width` at a time: an attacker's parallel connections (and a faster test). */
export async function inParallel<T>(n: number, call: (i: number) => Promise<T>, width = 10): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < n; start += width) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(width, n - start) }, (_, k) => call(start + k)))));
  }
  return results;
}
