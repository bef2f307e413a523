import "server-only";
import type { ClosureContext } from "@/lib/account/account-closure-steps";
import type { Tx } from "@/lib/db";

/**
 * The person's identifiers as they were before deletion began: steps that forget records keyed by
 * a phone, an email, a Telegram id, a Messenger PSID or a push token (not by the user id) need
 * the originals, and the Telegram link and push tokens are gone once the closure steps have run.
 */
export type DeletionSubject = {
  phone: string | null;
  email: string | null;
  telegramId: string | null;
  psids: string[];
  deviceTokens: string[];
};

/** A closure step that also knows the originals. Steps run in order inside one transaction. */
export type DeletionContext = ClosureContext & { subject: DeletionSubject };
export type DeletionStep = (context: DeletionContext) => Promise<void>;

/** Reads the originals; call it before any step changes them. */
export async function readDeletionSubject(tx: Tx, userId: string): Promise<DeletionSubject> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      phone: true,
      email: true,
      telegramLink: { select: { telegramId: true } },
      messengerConversations: { select: { psid: true } },
      deviceTokens: { select: { token: true } },
    },
  });
  return {
    phone: user.phone,
    email: user.email,
    telegramId: user.telegramLink?.telegramId.toString() ?? null,
    psids: user.messengerConversations.map((c) => c.psid),
    deviceTokens: user.deviceTokens.map((d) => d.token),
  };
}

/** The contact values worth looking for, without empties. */
export const contactValues = (subject: DeletionSubject): string[] =>
  [subject.phone, subject.email].filter((value): value is string => typeof value === "string" && value !== "");
