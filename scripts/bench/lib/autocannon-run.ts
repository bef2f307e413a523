/**
 * One autocannon load of `npm run bench:api` and the arithmetic over its rounds. A target describes
 * one request; `prepare` may rewrite each request (a new client address, a fresh Idempotency-Key).
 */
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

/** `cpuMs`: CPU time of the server and its database per answered request (see groupCpuMs). */
export type Row = { name: string; rps: number; p50: number; p99: number; errors: number; statuses: string; cpuMs: number };

/**
 * CPU time (user + system, ms) used so far by every live process of a process group: the app
 * server and its embedded PostgreSQL. Unlike req/s it does not depend on how many other programs
 * share the cores, so its per-request ratio is the steadier comparison on a busy machine.
 */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name (which may hold spaces) start at ")": pgrp is the 3rd, utime/stime the 12th/13th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

export type Target = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Per request: extra headers (merged over `headers`). */
  prepare?: () => Record<string, string>;
};

export async function load(base: string, target: Target, seconds: number, connections: number, pgid: number): Promise<Row> {
  const { prepare } = target;
  const request: autocannon.Request = {
    method: target.method ?? "GET",
    path: target.path,
    headers: target.headers ?? {},
    ...(target.body === undefined ? {} : { body: target.body }),
    ...(prepare ? { setupRequest: (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, ...prepare() } }) } : {}),
  };
  const cpuBefore = groupCpuMs(pgid);
  const result = await autocannon({ url: base, connections, duration: seconds, requests: [request] });
  const cpuMs = (groupCpuMs(pgid) - cpuBefore) / Math.max(1, result.requests.total);
  // Which non-2xx answers there were, e.g. "429×12": an error of the benchmark's design or of the app.
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const statuses = Object.entries(stats)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  return { name: target.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, statuses, cpuMs };
}

/** The round with the median throughput (so its latencies are those of one real round). */
export function medianRound(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)] as Row;
}

/** The median over rounds of CPU per request. */
export function medianCpuMs(rows: Row[]): number {
  const sorted = rows.map((r) => r.cpuMs).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median over rounds of each round's throughput ratio to a baseline measured seconds before it. */
export function pairedRatio(rows: Row[], baseline: Row[]): number {
  const ratios = rows.map((row, i) => row.rps / (baseline[i]?.rps ?? row.rps)).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
}
