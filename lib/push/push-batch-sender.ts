import "server-only";
import { describeError, log } from "@/lib/log";
import type { ChannelBatchSender, ChannelResult } from "@/lib/notifications/delivery/channel-sender";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import { buildFcmMessage } from "./build-fcm-message";
import { findDeviceTargets, pruneDeviceTokens, type DeviceTarget } from "./device-targets";
import { failureFate, MAX_SEND_EACH, type BatchOutcome, type FcmMessage, type PushTransport } from "./transport";

/** Where device tokens come from and go: the database (default), or a test's fake. */
export type DeviceStore = {
  find(userIds: readonly string[]): Promise<Map<string, DeviceTarget[]>>;
  prune(ids: readonly string[]): Promise<number>;
};

const databaseStore: DeviceStore = { find: (ids) => findDeviceTargets(ids), prune: pruneDeviceTokens };

export type PushBatchSenderOptions = {
  transport: PushTransport;
  store?: DeviceStore;
  /** `sendEach` calls in flight at once (default 4); each already sends its messages concurrently. */
  concurrency?: number;
};

type Send = { message: number; target: DeviceTarget; fcm: FcmMessage };

/**
 * A ChannelBatchSender over `transport`: fans each message out to its person's live device tokens,
 * sends in `sendEach` calls of ≤ 500, deletes the tokens FCM calls dead, and answers per message
 * (see `settleMessage`). Logs counts only: never tokens, people or texts.
 */
export function createPushBatchSender(options: PushBatchSenderOptions): ChannelBatchSender {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const store = options.store ?? databaseStore;
  return async (messages) => {
    if (messages.length === 0) return [];
    const targets = await store.find(messages.map((m) => m.userId));
    const sends: Send[] = messages.flatMap((message, index) =>
      (targets.get(message.userId) ?? []).map((target) => ({ message: index, target, fcm: buildFcmMessage(message, target.token) })),
    );
    const outcomes = await sendInChunks(options.transport, sends, concurrency);

    const dead = new Set<string>();
    sends.forEach((send, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok && failureFate(outcome.failure) === "prune") dead.add(send.target.id);
    });
    const pruned = await store.prune([...dead]).catch((error: unknown) => {
      // The tokens fail again next time and are pruned then; the messages' outcomes stand.
      log.error("push.prune_failed", describeError(error));
      return 0;
    });

    const perMessage = messages.map(() => [] as BatchOutcome[]);
    sends.forEach((send, i) => perMessage[send.message]!.push(outcomes[i]!));
    const results = messages.map((_, i) => settleMessage(perMessage[i]!));
    log.info("push.batch", {
      messages: messages.length,
      devices: sends.length,
      calls: Math.ceil(sends.length / MAX_SEND_EACH),
      sent: results.filter((r) => !(r instanceof Error) && r.status === "SENT").length,
      retried: results.filter((r) => r instanceof RetryLater).length,
      pruned,
    });
    return results;
  };
}

/**
 * One message's result from its devices' answers. Delivered to any device → SENT (a device that
 * answered "unavailable" misses it: retrying would repeat it on the others). Otherwise a passing
 * failure on any device → RetryLater for this message alone; no devices → SKIPPED no_device; every
 * device dead → SKIPPED all_tokens_dead; else FCM refused it for good → PermanentFailure.
 */
function settleMessage(outcomes: readonly BatchOutcome[]): ChannelResult | Error {
  if (outcomes.length === 0) return { status: "SKIPPED", reason: "no_device" };
  if (outcomes.some((o) => o.ok)) return { status: "SENT" };
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const passing = failures.filter((f) => failureFate(f.failure) === "retry");
  if (passing.length > 0) {
    const afterMs = Math.max(0, ...passing.map((f) => f.retryAfterMs ?? 0));
    return new RetryLater(`push_${passing[0]!.failure}`, afterMs > 0 ? afterMs : undefined);
  }
  if (failures.every((f) => failureFate(f.failure) === "prune")) return { status: "SKIPPED", reason: "all_tokens_dead" };
  return new PermanentFailure("push_rejected");
}

/** Every send's outcome, in order, from `sendEach` calls of ≤ 500 with at most `concurrency` in flight. */
async function sendInChunks(transport: PushTransport, sends: readonly Send[], concurrency: number): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array(sends.length);
  const starts = Array.from({ length: Math.ceil(sends.length / MAX_SEND_EACH) }, (_, i) => i * MAX_SEND_EACH);
  let next = 0;
  const lane = async () => {
    while (next < starts.length) {
      const start = starts[next++]!;
      const chunk = sends.slice(start, start + MAX_SEND_EACH);
      const answers = await sendChunk(transport, chunk.map((s) => s.fcm));
      answers.forEach((answer, j) => (outcomes[start + j] = answer));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, starts.length) }, lane));
  return outcomes;
}

async function sendChunk(transport: PushTransport, fcm: FcmMessage[]): Promise<BatchOutcome[]> {
  try {
    const answers = await transport.sendEach(fcm);
    if (answers.length !== fcm.length) throw new Error("push transport answered for the wrong number of messages");
    // A payload bug (say, a reserved data key) makes FCM answer invalid-argument for every token: that
    // must not read as "every token is dead" and delete them all. Treated as a refusal instead.
    if (fcm.length > 1 && answers.every((a) => !a.ok && a.failure === "invalid_argument")) {
      log.error("push.payload_rejected", { messages: fcm.length });
      return answers.map(() => ({ ok: false, failure: "rejected" }));
    }
    return answers;
  } catch (error) {
    // The whole call failed (network, credentials): every message in it is a passing failure.
    log.warn("push.send_each_failed", { messages: fcm.length, ...describeError(error) });
    return fcm.map(() => ({ ok: false, failure: "unavailable" }));
  }
}
