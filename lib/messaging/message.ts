/** One message to one person. `to` is an E.164 phone (SMS) or an email address (EMAIL). */
export type OutgoingMessage = { channel: "SMS" | "EMAIL"; to: string; subject?: string; body: string };

/** Delivers a message or throws a DeliveryError; implementations never log the recipient or text. */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * A message could not be handed to the provider. Carries only the channel and a reason, never the
 * recipient or the text (the text may hold a sign-in code), so it is safe to log.
 */
export class DeliveryError extends Error {
  constructor(
    readonly channel: OutgoingMessage["channel"],
    readonly reason: "timeout" | "network" | "rejected" | "not_configured",
    readonly status?: number,
  ) {
    super(`${channel} delivery failed: ${reason}${status === undefined ? "" : ` (${status})`}`);
    this.name = "DeliveryError";
  }
}
