import { createHash } from "node:crypto";
import type { ChannelMessage } from "@/lib/notifications/delivery/channel-sender";
import type { FcmMessage } from "./transport";

// FCM refuses a payload over 4 KB with invalid-argument, which would read as a dead token: the
// texts are cut well below it, by length for the screen and by bytes (Burmese takes 3 bytes a
// character in UTF-8, an emoji up to 25).
const TITLE = { graphemes: 100, bytes: 400 };
const BODY = { graphemes: 500, bytes: 2_000 };
// Keys FCM reserves in `data` (a message carrying one is refused as a whole).
const RESERVED_DATA_KEY = /^(from|notification|message_type|google\..*|gcm\..*|collapse_key)$/i;

/**
 * The FCM message for one notification to one device: visible notification, deep-link data (all
 * values strings, as FCM requires), high priority on Android and APNs. The tag is derived from the
 * outbox key: should a crash make the worker send the same notification twice, the second replaces
 * the first on the device instead of showing a duplicate (ADR 0029).
 */
export function buildFcmMessage(message: ChannelMessage, token: string): FcmMessage {
  const title = cut(message.title, TITLE.graphemes, TITLE.bytes);
  const body = cut(message.body, BODY.graphemes, BODY.bytes);
  const tag = createHash("sha256").update(message.idempotencyKey).digest("hex").slice(0, 32);
  const data: Record<string, string> = { kind: message.kind };
  for (const [key, value] of Object.entries(message.data)) {
    if (!RESERVED_DATA_KEY.test(key)) data[key] = String(value);
  }
  return {
    token,
    notification: { title, body },
    data,
    android: { priority: "high", notification: { tag } },
    apns: { headers: { "apns-priority": "10", "apns-collapse-id": tag }, payload: { aps: { sound: "default" } } },
    webpush: { headers: { Urgency: "high" }, notification: { tag } },
  };
}

/**
 * At most `max` graphemes and `maxBytes` UTF-8 bytes, cut at a grapheme boundary (never between a
 * letter and its combining marks, nor inside an emoji), with an ellipsis when cut.
 */
function cut(text: string, max: number, maxBytes: number): string {
  if (text.length <= max && Buffer.byteLength(text) <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength("…");
  let kept = "";
  let count = 0;
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    const size = Buffer.byteLength(segment);
    if (count + 1 > max - 1 || bytes + size > budget) return `${kept}…`;
    kept += segment;
    count += 1;
    bytes += size;
  }
  return text;
}
