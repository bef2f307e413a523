import "server-only";
import { DeliveryError, type MessageSender } from "./message";

export type HttpSmsConfig = { url: string; token: string; senderId: string; timeoutMs?: number };

/**
 * A generic JSON SMS gateway: `POST url` with `Authorization: Bearer <token>` and
 * `{ "to": "+959…", "from": "<sender id>", "text": "…" }`; any 2xx means accepted. Fails after
 * 10 s. Errors name the channel and status only, never the number or the text.
 */
export function createHttpSmsSender(config: HttpSmsConfig): MessageSender {
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: "POST",
          headers: { authorization: `Bearer ${config.token}`, "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ to: message.to, from: config.senderId, text: message.body }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new DeliveryError("SMS", timedOut ? "timeout" : "network");
      }
      // The gateway's answer may echo the number or text: read it to free the socket, never keep it.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new DeliveryError("SMS", "rejected", response.status);
    },
  };
}
