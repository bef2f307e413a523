import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoints } from "@/lib/api/endpoints";
import { resolveBearer } from "@/lib/auth/resolve-bearer";
import { db } from "@/lib/db";
import type { EndpointSpec } from "@/lib/http/endpoint";
import { bearerFor } from "@/lib/testing/sign-in";
import { requestArbitrary } from "@/lib/testing/fuzz/request-case";
import { loadRouteHandler } from "@/lib/testing/fuzz/route-module";
import { freshStudent, seedFuzzWorld } from "./input-fuzz-fixtures";
import { runFuzzCase, type Actor, type FuzzState, type FuzzStats } from "./input-fuzz-run";
import { installWriteLog, takeWrites } from "./input-fuzz-write-log";

// Input fuzzing of every endpoint of lib/api/endpoints.ts, through its real route handler: never a
// 5xx, every 4xx in the contract's error shape, and a 4xx writes nothing. Reproduce a failure with
// FUZZ_SEED=<the printed seed>; FUZZ_RUNS raises the number of runs per endpoint and caller.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

/** A seed per endpoint, so adding an endpoint does not change the cases of the others. */
const seedFor = (spec: EndpointSpec) => [...spec.operationId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

/** Anonymous callers mostly send no Authorization header; one in five sends a broken one. */
const garbageAuthorization = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("Bearer garbage", "Basic YTpi", "Bearer ", `Bearer ${"x".repeat(10_000)}`, "Bearer a.b.c") },
);

let state: FuzzState;
const stats = new Map<string, FuzzStats>();

beforeAll(async () => {
  state = await seedFuzzWorld();
  await installWriteLog();
  // The write check must not be vacuous: a known update shows up in the log.
  await db.user.update({ where: { id: state.student.id }, data: { name: "Fuzz Student" } });
  expect(await takeWrites()).toEqual({ "users:UPDATE": 1 });
});

describe.each(endpoints.map((spec) => [`${spec.method.toUpperCase()} ${spec.path}`, spec] as const))("fuzz %s", (_name, spec) => {
  it.each(["student", "anonymous"] as const)("as %s: no 5xx, contract errors, a refusal changes nothing", async (actor: Actor) => {
    const handler = await loadRouteHandler(spec);
    const seed = seedFor(spec) + (actor === "student" ? 0 : 1);
    const stat: FuzzStats = { runs: 0, statuses: {} };
    await takeWrites();
    stats.set(`${spec.operationId}:${actor}`, stat);
    await fc.assert(
      fc.asyncProperty(requestArbitrary(spec, state.pool.ids), garbageAuthorization, async (request, garbage) => {
        // DELETE /me with a valid body deletes the caller: such runs get a student of their own.
        const caller = actor === "student" && spec.operationId === "deleteMe" ? await freshStudent() : undefined;
        if (caller) await takeWrites();
        const authorization = actor === "student" ? (caller?.bearer ?? state.bearer) : garbage;
        const status = await runFuzzCase({ spec, handler, actor, request, authorization, state, stat, seed });
        // A successful logout ends the shared student's session: sign in again for the next run.
        if (actor === "student" && !caller && status < 300 && spec.method !== "get" && !(await resolveBearer(state.bearer.slice("Bearer ".length)))) {
          state.bearer = await bearerFor(state.student.id);
          await takeWrites();
        }
      }),
      { seed, numRuns: RUNS, endOnFailure: true },
    );
    expect(stat.runs).toBe(RUNS);
  }, RUNS * 2_000);
});

afterAll(() => {
  // Coverage: every endpoint of the contract was fuzzed as both callers (a missing route fails above).
  const missing = endpoints.flatMap((spec) => (["student", "anonymous"] as const).filter((a) => (stats.get(`${spec.operationId}:${a}`)?.runs ?? 0) < RUNS).map((a) => `${spec.operationId}:${a}`));
  const lines = [...stats.entries()].map(([key, s]) => `${key.padEnd(44)} ${Object.entries(s.statuses).map(([status, n]) => `${status}×${n}`).join(" ")}`);
  console.log(`input fuzz (seed ${SEED}, ${RUNS} runs per endpoint and caller):\n${lines.join("\n")}`);
  expect(missing).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
