import { describe, expect, it } from "vitest";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import type { ChannelMessage } from "@/lib/notifications/delivery/channel-sender";
import type { DeviceTarget } from "./device-targets";
import { createPushBatchSender, type DeviceStore } from "./push-batch-sender";
import type { BatchOutcome, FcmMessage, PushFailure, PushTransport } from "./transport";

const message = (userId: string): ChannelMessage => ({
  userId,
  kind: "COURSE_ANNOUNCEMENT",
  title: "Title",
  body: "Body",
  data: { courseId: "c1" },
  idempotencyKey: `key-${userId}`,
});

/** Devices by user, each token answering `failure` when its name says so (e.g. "u1:unavailable"). */
function fakeStore(devices: Record<string, string[]>) {
  const pruned: string[] = [];
  const store: DeviceStore = {
    async find(userIds) {
      const map = new Map<string, DeviceTarget[]>();
      for (const userId of new Set(userIds)) {
        const tokens = devices[userId] ?? [];
        if (tokens.length) map.set(userId, tokens.map((token) => ({ id: `id:${token}`, userId, token, platform: "ANDROID" })));
      }
      return map;
    },
    async prune(ids) {
      pruned.push(...ids);
      return ids.length;
    },
  };
  return { store, pruned };
}

function fakeTransport(answer: (token: string) => BatchOutcome = () => ({ ok: true })) {
  const calls: FcmMessage[][] = [];
  const transport: PushTransport = {
    async sendEach(messages) {
      calls.push(messages);
      return messages.map((m) => answer(m.token));
    },
  };
  return { transport, calls };
}

const byName = (token: string): BatchOutcome => {
  const failure = token.split(":")[1] as PushFailure | undefined;
  return failure ? { ok: false, failure } : { ok: true };
};

describe("createPushBatchSender", () => {
  it("sends 1,200 messages in 3 sendEach calls of at most 500", async () => {
    const users = Array.from({ length: 1_200 }, (_, i) => `u${i}`);
    const { store } = fakeStore(Object.fromEntries(users.map((u) => [u, [`${u}-token`]])));
    const { transport, calls } = fakeTransport();
    const results = await createPushBatchSender({ transport, store })(users.map(message));
    expect(calls.map((c) => c.length)).toEqual([500, 500, 200]);
    expect(results).toHaveLength(1_200);
    expect(results.every((r) => !(r instanceof Error) && r.status === "SENT")).toBe(true);
    // Order is kept across chunks sent concurrently: message i went to user i's token.
    expect(calls.flat().map((m) => m.token)).toEqual(users.map((u) => `${u}-token`));
  });

  it("answers per message: sent, retry only where passing, dead devices, no devices, refused", async () => {
    const { store, pruned } = fakeStore({
      sent: ["sent:unregistered", "sent"], // one dead, one fine → SENT, the dead one pruned
      busy: ["busy:unavailable"],
      quota: ["quota:quota_exceeded"],
      dead: ["dead:invalid_token", "dead:sender_mismatch"],
      refused: ["refused:rejected"],
      healthy: ["healthy"],
    });
    const { transport } = fakeTransport(byName);
    const results = await createPushBatchSender({ transport, store })(["sent", "busy", "quota", "dead", "refused", "nobody", "healthy"].map(message));

    expect(results[0]).toEqual({ status: "SENT" });
    expect(results[1]).toBeInstanceOf(RetryLater);
    expect((results[1] as RetryLater).code).toBe("push_unavailable");
    expect((results[2] as RetryLater).code).toBe("push_quota_exceeded");
    expect(results[3]).toEqual({ status: "SKIPPED", reason: "all_tokens_dead" });
    expect(results[4]).toBeInstanceOf(PermanentFailure);
    expect(results[5]).toEqual({ status: "SKIPPED", reason: "no_device" });
    expect(results[6]).toEqual({ status: "SENT" });
    expect(pruned.sort()).toEqual(["id:dead:invalid_token", "id:dead:sender_mismatch", "id:sent:unregistered"]);
  });

  it("passes FCM's Retry-After on to the outbox", async () => {
    const { store } = fakeStore({ a: ["a1", "a2"] });
    const { transport } = fakeTransport((token) => ({ ok: false, failure: "quota_exceeded", retryAfterMs: token === "a1" ? 30_000 : 5_000 }));
    const [result] = await createPushBatchSender({ transport, store })([message("a")]);
    expect(result).toBeInstanceOf(RetryLater);
    expect((result as RetryLater).afterMs).toBe(30_000);
  });

  it("retries only the messages of a sendEach call that failed as a whole", async () => {
    const users = Array.from({ length: 600 }, (_, i) => `u${i}`);
    const { store, pruned } = fakeStore(Object.fromEntries(users.map((u) => [u, [`${u}-token`]])));
    let call = 0;
    const transport: PushTransport = {
      async sendEach(messages) {
        if (call++ === 1) throw new Error("socket hang up");
        return messages.map(() => ({ ok: true }));
      },
    };
    const results = await createPushBatchSender({ transport, store, concurrency: 1 })(users.map(message));
    expect(results.slice(0, 500).every((r) => !(r instanceof Error) && r.status === "SENT")).toBe(true);
    expect(results.slice(500).every((r) => r instanceof RetryLater)).toBe(true);
    expect(pruned).toEqual([]);
  });

  it("prunes a token FCM calls invalid-argument, but not a whole call of them (a payload bug, not dead tokens)", async () => {
    const one = fakeStore({ a: ["a:invalid_argument"], b: ["b"] });
    const mixed = await createPushBatchSender({ transport: fakeTransport(byName).transport, store: one.store })([message("a"), message("b")]);
    expect(mixed[0]).toEqual({ status: "SKIPPED", reason: "all_tokens_dead" });
    expect(one.pruned).toEqual(["id:a:invalid_argument"]);

    const all = fakeStore({ a: ["a:invalid_argument"], b: ["b:invalid_argument"] });
    const refused = await createPushBatchSender({ transport: fakeTransport(byName).transport, store: all.store })([message("a"), message("b")]);
    expect(refused.every((r) => r instanceof PermanentFailure)).toBe(true);
    expect(all.pruned).toEqual([]);
  });

  it("answers nothing and calls nobody for an empty batch", async () => {
    const { transport, calls } = fakeTransport();
    expect(await createPushBatchSender({ transport, store: fakeStore({}).store })([])).toEqual([]);
    expect(calls).toEqual([]);
  });
});
