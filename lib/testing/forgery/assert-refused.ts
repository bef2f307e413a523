import fc from "fast-check";
import { expect } from "vitest";
import { callRoute } from "@/lib/testing/call-route";

/** One request as a forger sends it: headers may repeat (duplicated headers), the body is raw. */
export type Forgery = { kind: string; body: string | Uint8Array; headers: Array<[string, string]> };

type Handler = Parameters<typeof callRoute>[0];

/** POSTs a delivery to a route handler in-process, as Next would. */
export function post(handler: Handler, path: string, delivery: Pick<Forgery, "body" | "headers">) {
  const body = typeof delivery.body === "string" ? delivery.body : new Uint8Array(delivery.body);
  return callRoute(handler, path, { method: "POST", body, headers: delivery.headers });
}

/** Headers from a record whose null values are left out. */
export function headerList(record: Record<string, string | null | undefined>): Array<[string, string]> {
  return Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

/**
 * Sends forgeries drawn from each family in `forgeries` (`runsPerFamily` each, so that every family
 * is tried whatever its weight; fixed seed) and requires each to be refused with one of the
 * provider's documented statuses and the contract's error shape: never a 2xx, never a 5xx. Stops
 * at the first acceptance (no shrinking: a wrongly accepted forgery may have written something)
 * and reports the seed to reproduce it. Returns how often each kind was sent.
 */
export async function assertForgeriesRefused(options: {
  provider: string;
  handler: Handler;
  path: string;
  forgeries: Array<fc.Arbitrary<Forgery>>;
  refusedWith: (forgery: Forgery) => readonly number[];
  runsPerFamily: number;
  seed: number;
}): Promise<Map<string, number>> {
  const kinds = new Map<string, number>();
  let failure = "";
  const property = (family: fc.Arbitrary<Forgery>) =>
    fc.asyncProperty(family, async (forgery) => {
      kinds.set(forgery.kind, (kinds.get(forgery.kind) ?? 0) + 1);
      const res = await post(options.handler, options.path, forgery);
      const allowed = options.refusedWith(forgery);
      if (!allowed.includes(res.status)) {
        failure = `"${forgery.kind}" answered ${res.status}`;
        throw new Error(`${options.provider}: "${forgery.kind}" answered ${res.status} (expected ${allowed.join(" or ")}): ${res.text.slice(0, 200)}`);
      }
      if (typeof res.json?.error?.code !== "string" || typeof res.json.error.message !== "string") {
        failure = `"${forgery.kind}" refused without the contract's error shape`;
        throw new Error(`${options.provider}: "${forgery.kind}" refused without the contract's error shape: ${res.text.slice(0, 200)}`);
      }
    });
  for (const [index, family] of options.forgeries.entries()) {
    const seed = options.seed + index;
    try {
      await fc.assert(property(family), { numRuns: options.runsPerFamily, seed, endOnFailure: true });
    } catch (error) {
      // The counterexample's body can be 64 KiB: the kind, the answer and the seed say enough.
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${options.provider} forgery suite failed in family ${index}: ${failure || message.slice(0, 500)}; reproduce with seed ${seed}.`);
    }
  }
  expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(options.runsPerFamily * options.forgeries.length);
  return kinds;
}
