import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpSmsSender } from "./http-sms-sender";
import { DeliveryError } from "./message";

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
const seen: Seen[] = [];
let reply: { status: number; hang?: boolean } = { status: 200 };
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (reply.hang) return; // never answers: the sender must give up on its own
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ echo: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const message = { channel: "SMS" as const, to: "+959420000001", body: "MMSO ကုဒ်: 123456" };

describe("HTTP SMS sender", () => {
  it("posts {to, from, text} as JSON with the bearer token", async () => {
    reply = { status: 202 };
    await createHttpSmsSender({ url: `${base}/v1/sms`, token: "tok-123", senderId: "MMSO" }).send(message);
    const request = seen.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/sms");
    expect(request?.headers.authorization).toBe("Bearer tok-123");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ to: "+959420000001", from: "MMSO", text: "MMSO ကုဒ်: 123456" });
  });

  it("throws on a non-2xx answer without the number or the text in the error", async () => {
    reply = { status: 500 };
    const error = await createHttpSmsSender({ url: `${base}/v1/sms`, token: "t", senderId: "MMSO" }).send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ channel: "SMS", reason: "rejected", status: 500 });
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(text).not.toContain("420000001");
    expect(text).not.toContain("123456");
  });

  it("gives up after its timeout (10 s by default) and when the gateway is unreachable", async () => {
    reply = { status: 200, hang: true };
    const started = Date.now();
    const sender = createHttpSmsSender({ url: `${base}/v1/sms`, token: "t", senderId: "MMSO", timeoutMs: 300 });
    await expect(sender.send(message)).rejects.toMatchObject({ reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
    const closed = createHttpSmsSender({ url: "http://127.0.0.1:1/v1/sms", token: "t", senderId: "MMSO" });
    await expect(closed.send(message)).rejects.toMatchObject({ reason: "network" });
  });
});
