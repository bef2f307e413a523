import "server-only";
import type { Messaging } from "firebase-admin/messaging";
import { outcomesFromBatchResponse } from "./fcm-error-map";
import { MAX_SEND_EACH, type PushTransport } from "./transport";

/** The transport over firebase-admin's `Messaging` (or anything answering like it: the sandbox). */
export function createFirebaseTransport(messaging: Pick<Messaging, "sendEach">): PushTransport {
  return {
    async sendEach(messages) {
      if (messages.length === 0) return [];
      if (messages.length > MAX_SEND_EACH) throw new Error(`sendEach takes at most ${MAX_SEND_EACH} messages`);
      return outcomesFromBatchResponse(await messaging.sendEach(messages));
    },
  };
}
