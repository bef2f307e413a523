import "server-only";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";

export type SendRequest = { psid: string; text: string; tag: "HUMAN_AGENT" | null };

/** Delivers one text to one person; resolves with Meta's message id (or the sandbox's). */
export type MessengerSender = (request: SendRequest) => Promise<{ mid: string }>;

const GRAPH = "https://graph.facebook.com/v21.0";
const TIMEOUT_MS = 10_000;
// Graph error codes that pass: 1/2 unknown/service, 4/17/32/613 rate limits; 190 is a bad or expired
// page token, which an operator fixes by configuration: retried rather than lost.
const PASSING_CODES = new Set([1, 2, 4, 17, 32, 190, 613]);

/**
 * The Send API (integrations.md): `messaging_type: RESPONSE` inside the 24-hour window, or the
 * HUMAN_AGENT message tag for an operator's answer after it. The page token travels in the
 * Authorization header, never in a URL that could be logged.
 */
export function createGraphSender(options: { pageToken: string; baseUrl?: string }): MessengerSender {
  const url = `${options.baseUrl ?? GRAPH}/me/messages`;
  return async ({ psid, text, tag }) => {
    const body = { recipient: { id: psid }, message: { text }, ...(tag ? { messaging_type: "MESSAGE_TAG", tag } : { messaging_type: "RESPONSE" }) };
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.pageToken}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new RetryLater("network");
    }
    const json = (await response.json().catch(() => null)) as { message_id?: unknown; error?: { code?: unknown } } | null;
    if (response.ok && typeof json?.message_id === "string") return { mid: json.message_id };
    const code = typeof json?.error?.code === "number" ? json.error.code : null;
    if (response.status >= 500 || response.status === 429 || (code !== null && PASSING_CODES.has(code))) throw new RetryLater(`graph_${code ?? response.status}`);
    // 551 (person unavailable), 10/200 (outside the window, no permission), 100 (bad recipient): final.
    throw new PermanentFailure(`graph_${code ?? response.status}`);
  };
}
