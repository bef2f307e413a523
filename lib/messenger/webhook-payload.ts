import { z } from "zod";

// Only the fields we use; anything else Meta adds is ignored (zod strips unknown keys), and an item
// of a shape we do not know is skipped rather than failing the whole batch.
// Milliseconds since 1970; bounded so that a forged number cannot make an invalid Date.
const epochMs = z.number().int().nonnegative().max(8.64e15);

const attachment = z.object({
  type: z.string().max(40),
  payload: z.object({ url: z.string().max(2000).optional(), size: z.number().int().nonnegative().optional() }).nullish(),
});

const base = { sender: z.object({ id: z.string().min(1).max(64) }), recipient: z.object({ id: z.string().min(1).max(64) }), timestamp: epochMs };

const messageItem = z.object({
  ...base,
  message: z.object({
    mid: z.string().min(1).max(255),
    text: z.string().max(5000).optional(),
    is_echo: z.boolean().optional(),
    attachments: z.array(attachment).max(20).optional(),
    quick_reply: z.object({ payload: z.string().max(1000) }).optional(),
  }),
});
const postbackItem = z.object({ ...base, postback: z.object({ mid: z.string().max(255).optional(), title: z.string().max(1000).optional(), payload: z.string().max(1000) }) });
const deliveryItem = z.object({ ...base, delivery: z.object({ watermark: epochMs }) });
const readItem = z.object({ ...base, read: z.object({ watermark: epochMs }) });

const body = z.object({ object: z.literal("page"), entry: z.array(z.object({ id: z.string(), messaging: z.array(z.unknown()).optional() })) });

export type AttachmentMeta = { type: string; url?: string; size?: number };

/** One thing that happened in a conversation, in the form the receiver works with. */
export type MessengerItem = { psid: string; pageId: string; at: Date } & (
  | { kind: "message"; mid: string; text: string | null; attachments: AttachmentMeta[]; quickReply: string | null }
  | { kind: "postback"; mid: string; title: string | null; payload: string }
  | { kind: "delivery" | "read"; watermark: Date }
);

/** The items of a webhook body, or null when it is not a page webhook at all. */
export function readMessengerItems(json: unknown): MessengerItem[] | null {
  const parsed = body.safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.entry.flatMap((entry) => (entry.messaging ?? []).flatMap((raw) => toItem(raw)));
}

function toItem(raw: unknown): MessengerItem[] {
  const message = messageItem.safeParse(raw);
  if (message.success) {
    const { sender, recipient, timestamp, message: m } = message.data;
    // Our own replies come back as echoes (sender = the page): not a person's message.
    if (m.is_echo) return [];
    const attachments = (m.attachments ?? []).map((a) => ({ type: a.type, ...(a.payload?.url && /^https:\/\//i.test(a.payload.url) ? { url: a.payload.url } : {}), ...(a.payload?.size !== undefined ? { size: a.payload.size } : {}) }));
    return [{ kind: "message", psid: sender.id, pageId: recipient.id, at: new Date(timestamp), mid: m.mid, text: m.text ?? null, attachments, quickReply: m.quick_reply?.payload ?? null }];
  }
  const postback = postbackItem.safeParse(raw);
  if (postback.success) {
    const { sender, recipient, timestamp, postback: p } = postback.data;
    // Older postbacks carry no mid: one is derived so that a redelivery is still recognised.
    const mid = p.mid ?? `postback:${sender.id}:${timestamp}`;
    return [{ kind: "postback", psid: sender.id, pageId: recipient.id, at: new Date(timestamp), mid, title: p.title ?? null, payload: p.payload }];
  }
  const delivery = deliveryItem.safeParse(raw);
  if (delivery.success) {
    const { sender, recipient, timestamp, delivery: d } = delivery.data;
    return [{ kind: "delivery", psid: sender.id, pageId: recipient.id, at: new Date(timestamp), watermark: new Date(d.watermark) }];
  }
  const read = readItem.safeParse(raw);
  if (read.success) {
    const { sender, recipient, timestamp, read: r } = read.data;
    return [{ kind: "read", psid: sender.id, pageId: recipient.id, at: new Date(timestamp), watermark: new Date(r.watermark) }];
  }
  return [];
}
