import http from "node:http";
import { PEER_ADDRESS_HEADER } from "../../lib/http/peer-header.ts";
import { newRequestId, REQUEST_ID_HEADER } from "../../lib/log/access-log.ts";
import { withLogContext } from "../../lib/log/log-context.ts";
import { isDraining } from "../../lib/lifecycle/lifecycle.ts";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
export type AccessLine = { method: string; path: string; status: number; durationMs: number; requestId: string };

/** Probes and build assets: logged by nobody (a balancer polls readiness every few seconds). */
const QUIET = /^\/(?:_next\/static\/|api\/health(?:\/|$)|favicon\.ico$)/;

/**
 * The app's HTTP server around Next's request handler (ADR 0004, ADR 0047):
 * - sets the TCP peer's address and a fresh request id as headers no client can forge, and runs the
 *   request inside a log context with that id;
 * - writes one access line per request (path without its query string: queries can hold a phone);
 * - counts requests in flight, so shutdown can wait for them;
 * - once draining, answers with `Connection: close` so keep-alive clients reconnect elsewhere.
 */
export function createAppHttpServer(handle: Handler, accessLog: (line: AccessLine) => void) {
  let inFlight = 0;
  const idle = new Set<() => void>();
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const requestId = newRequestId();
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader("x-request-id", requestId);
    if (isDraining()) res.setHeader("connection", "close");
    inFlight += 1;
    res.once("close", () => {
      inFlight -= 1;
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (!QUIET.test(path)) {
        accessLog({ method: req.method ?? "GET", path, status: res.statusCode, durationMs: Math.round(performance.now() - started), requestId });
      }
      if (inFlight === 0) for (const resolve of idle) resolve();
    });
    // Every line logged while this request is handled — a page, a server action, a route — carries
    // its id: the context's store is shared with Next's bundles through globalThis (ADR 0046).
    withLogContext({ requestId }, () => handle(req, res)).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: "error", event: "server.unhandled", requestId, error: error instanceof Error ? error.name : typeof error })}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Longer than a balancer's upstream keep-alive (nginx 60 s, Cloudflare 900 s is per edge, not ours).
  server.keepAliveTimeout = 65_000;

  /**
   * Stops taking connections and waits for the requests in flight, at most `timeoutMs`; then closes
   * whatever is left. Resolves with how many requests were still running when time ran out.
   */
  async function drain(timeoutMs: number): Promise<{ unfinished: number }> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), 250);
    const finished = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.add(resolve));
    const timedOut = await Promise.race([
      finished.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
    ]);
    clearInterval(sweep);
    const unfinished = timedOut ? inFlight : 0;
    server.closeAllConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    return { unfinished };
  }

  return { server, drain, inFlight: () => inFlight };
}
