import next from "next";
import { logAccess } from "../../lib/log/access-log.ts";
import { createAppHttpServer, type AccessLine } from "./app-http-server.ts";

export type ServeOptions = {
  dev: boolean;
  port: number;
  hostname: string;
  dir: string;
  /** The build's serialized config (the standalone bundle has no next.config.ts to load). */
  conf?: Record<string, unknown>;
  accessLog?: (line: AccessLine) => void;
};

export type ServedApp = {
  /** Stops taking connections, waits for requests in flight (at most `timeoutMs`), then closes the rest. */
  drain(timeoutMs?: number): Promise<{ unfinished: number }>;
  inFlight(): number;
};


/**
 * Serves the Next app from this process: `npm start` (from the project) and the production server
 * (from .next/standalone, scripts/production/server.ts) share it. A thin custom server so that the TCP
 * peer's address reaches route handlers in a header no client can forge (Next itself would keep a
 * forged X-Forwarded-For), with request ids, access lines and a graceful drain. ADR 0004, ADR 0047.
 */
export async function serveNext(options: ServeOptions): Promise<ServedApp> {
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname, ...(options.conf ? { conf: options.conf } : {}) });
  const handle = app.getRequestHandler();
  await app.prepare();
  const { server, drain, inFlight } = createAppHttpServer((req, res) => handle(req, res), options.accessLog ?? logAccess);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  return { drain: (timeoutMs = 25_000) => drain(timeoutMs), inFlight };
}
