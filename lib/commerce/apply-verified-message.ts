import "server-only";
import type { VerifiedMessage } from "./providers/types";

/** What became of a verified provider message; every case is acknowledged to the provider (2xx). */
export type ApplyOutcome = {
  status: "applied" | "duplicate" | "ignored" | "rejected";
  orderId: string | null;
};

/**
 * The one entry point of every payment webhook after verification (flows.md, flow 3); throws only
 * when a retry could help (the webhook then answers 5xx so that the provider retries).
 */
export async function applyVerifiedMessage(message: VerifiedMessage): Promise<ApplyOutcome> {
  throw new Error(`applyVerifiedMessage: in progress (${message.kind})`);
}
