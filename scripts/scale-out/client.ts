export type Answer = { status: number; ms: number; body: string; requestId: string | null; json<T>(): T };

/**
 * One request through the balancer with a hard timeout; a refused connection or a timeout is
 * status 0 (counted, never thrown). `x-request-id` says which instance answered (its access log).
 */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number; raw?: string | Uint8Array } = {},
): Promise<Answer> {
  const started = performance.now();
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers["content-type"] ??= "application/json";
  try {
    const res = await fetch(url, {
      method: init.method ?? (init.body !== undefined || init.raw !== undefined ? "POST" : "GET"),
      body: typeof init.raw === "string" || init.raw === undefined ? (init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body))) : new Blob([init.raw as Uint8Array<ArrayBuffer>]),
      headers,
      signal: AbortSignal.timeout(init.timeoutMs ?? 20_000),
    });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body, requestId: res.headers.get("x-request-id"), json: <T>() => JSON.parse(body) as T };
  } catch {
    return { status: 0, ms: performance.now() - started, body: "", requestId: null, json: <T>() => ({}) as T };
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export const statusCounts = (statuses: number[]) =>
  Object.entries(statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
    .map(([s, n]) => `${s} ×${n}`)
    .join(", ");
