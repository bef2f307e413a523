import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { POST as dinger } from "@/app/api/webhooks/dinger/route";
import { POST as kbzpay } from "@/app/api/webhooks/kbzpay/route";
import { POST as stripe } from "@/app/api/webhooks/stripe/route";

const routes: Record<string, (req: Request) => Promise<Response>> = {
  "/api/webhooks/stripe": stripe,
  "/api/webhooks/dinger": dinger,
  "/api/webhooks/kbzpay": kbzpay,
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Our payment webhooks behind a real HTTP listener, for integration tests: the sandbox gateways
 * POST their signed callbacks to APP_URL over HTTP exactly as in the running app, and this server
 * hands each request to the real route handler. Call before anything reads the environment (it
 * sets APP_URL, which is parsed once per process).
 */
export async function startWebhookServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const handler = routes[req.url ?? ""];
      if (!handler || req.method !== "POST") return res.writeHead(404).end();
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const response = await handler(new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: new Uint8Array(await readBody(req)) }));
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.APP_URL = url;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
