import type { EndpointSpec } from "@/lib/http/endpoint";
import { ERROR_STATUS } from "@/lib/http/errors";
import { callRoute } from "@/lib/testing/call-route";
import type { FuzzRequest } from "@/lib/testing/fuzz/request-case";
import type { RouteHandler } from "@/lib/testing/fuzz/route-module";
import type { IdPool } from "./input-fuzz-fixtures";
import { forbiddenWrites, settleWrites, takeWrites } from "./input-fuzz-write-log";

export type Actor = "student" | "anonymous";
export type FuzzStats = { runs: number; statuses: Record<string, number> };
export type FuzzState = { pool: IdPool; student: { id: string }; bearer: string };

type Case = {
  spec: EndpointSpec;
  handler: RouteHandler;
  actor: Actor;
  request: FuzzRequest;
  authorization: string | undefined;
  state: FuzzState;
  stat: FuzzStats;
  seed: number;
};

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

function describeCase({ spec, actor, request, seed }: Case, status: number, text: string): string {
  const body = typeof request.body === "string" ? clip(request.body) : request.body ? `<${request.body.byteLength} bytes>` : "none";
  return [
    `${spec.method.toUpperCase()} ${spec.path} as ${actor} answered ${status} (seed ${seed}; rerun with FUZZ_SEED to reproduce)`,
    `case: ${request.kind}`,
    `url: ${clip(request.url)}  params: ${clip(JSON.stringify(request.params))}`,
    `headers: ${clip(JSON.stringify(request.headers))}`,
    `body: ${body}`,
    `answer: ${clip(text, 500)}`,
  ].join("\n");
}

/** The contract's error body: `{ error: { code, message, requestId, details? } }` with the code's own status. */
function errorShapeProblem(status: number, json: Record<string, unknown> | undefined): string | null {
  const error = json?.error as Record<string, unknown> | undefined;
  if (!error || typeof error !== "object") return "no `error` object";
  if (typeof error.code !== "string" || !(error.code in ERROR_STATUS)) return `unknown code ${String(error.code)}`;
  if (ERROR_STATUS[error.code as keyof typeof ERROR_STATUS] !== status) return `code ${error.code} with status ${status}`;
  if (typeof error.message !== "string" || error.message === "") return "no message";
  if (typeof error.requestId !== "string" || error.requestId === "") return "no requestId";
  return null;
}

/**
 * Sends one generated request through the route handler and checks the answer: never a 5xx;
 * a 4xx has the contract's shape and wrote no row (input-fuzz-write-log.ts);
 * an anonymous call to a signed-in endpoint is a 401. Ids in a success feed the id pool.
 */
export async function runFuzzCase(c: Case): Promise<number> {
  const { spec, request, state, stat } = c;
  const headers = { ...request.headers, ...(c.authorization ? { authorization: c.authorization } : {}) };
  const res = await callRoute(c.handler, request.url, { method: spec.method.toUpperCase(), headers, body: request.body as BodyInit | undefined, params: request.params });
  stat.runs += 1;
  stat.statuses[res.status] = (stat.statuses[res.status] ?? 0) + 1;
  const fail = (why: string) => {
    throw new Error(`${why}\n${describeCase(c, res.status, res.text)}`);
  };
  if (res.status >= 500) fail("5xx for client input");
  if (c.actor === "anonymous" && spec.access === "user" && res.status !== 401) fail("a signed-in endpoint answered an anonymous caller");
  const writes = await takeWrites();
  if (res.status >= 400) {
    const problem = errorShapeProblem(res.status, res.json);
    if (problem) fail(`error body outside the contract: ${problem}`);
    const forbidden = forbiddenWrites(writes);
    if (forbidden.length > 0) fail(`a refused request wrote data: ${forbidden.join(", ")}`);
  } else {
    state.pool.harvest(res.text);
    await settleWrites();
  }
  return res.status;
}
