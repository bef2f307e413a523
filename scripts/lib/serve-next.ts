import http from "node:http";
import next from "next";
import { PEER_ADDRESS_HEADER } from "../../lib/http/peer-header.ts";

export type ServeOptions = { dev: boolean; port: number; hostname: string; dir: string };

/**
 * Serves the Next app from this process. A thin custom server so that the TCP peer's address
 * reaches route handlers in a header no client can forge (Next itself would keep a forged
 * X-Forwarded-For). See docs/decisions/0004-custom-server.md.
 */
export async function serveNext(options: ServeOptions): Promise<{ close(): Promise<void> }> {
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: "error", event: "server.unhandled", error: String(error) })}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, 5000).unref();
      }),
  };
}
