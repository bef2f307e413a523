import "server-only";
import { randomUUID } from "node:crypto";
import { recordDevMessage } from "@/lib/dev-outbox/dev-outbox";
import type { MessengerSender } from "./send-api";

/** Demo, development and tests: the "sent" message is recorded in the development outbox (to = PSID). */
export const sandboxSender: MessengerSender = async ({ psid, text }) => {
  await recordDevMessage({ channel: "MESSENGER", to: psid, body: text });
  return { mid: `sandbox.${randomUUID()}` };
};
