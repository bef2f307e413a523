export type Reply = { status: number; ms: number; body: string; retryAfter: string | null };

/**
 * One HTTP request with a hard timeout. A refused connection or a timeout is status 0 (a fault
 * suite counts those, it never throws on them).
 */
export async function send(url: string, init: { method?: string; body?: string; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: init.method ?? "GET", body: init.body, headers: init.headers, signal: AbortSignal.timeout(init.timeoutMs ?? 15_000) });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body, retryAfter: res.headers.get("retry-after") };
  } catch {
    return { status: 0, ms: performance.now() - started, body: "", retryAfter: null };
  }
}

/** POST /api/v1/orders as the mobile app does (an Idempotency-Key per attempt). */
export function createOrder(base: string, authorization: string, body: { courseId: string; provider: string; couponCode?: string }, idempotencyKey: string, timeoutMs = 15_000): Promise<Reply> {
  return send(`${base}/api/v1/orders`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { authorization, "content-type": "application/json", "idempotency-key": idempotencyKey },
    timeoutMs,
  });
}

/** Runs `fn` over the items with at most `limit` in flight. */
export async function inFlight<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Fisher–Yates, in place. */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** "200 ×12, 409 ×3": a status histogram for the report. */
export function histogram(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s === 0 ? "no answer" : s} ×${n}`).join(", ") || "none";
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
