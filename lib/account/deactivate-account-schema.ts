import { z } from "zod";

// Shared by the settings page's confirmation dialog and the server (no server-only).

/** The word anyone may type to confirm, whatever the center is called. */
export const DEACTIVATE_WORD = "DEACTIVATE";

/** True when `typed` is the confirmation word (any case) or exactly one of the center's names. */
export function confirmsDeactivation(typed: string, centerNames: readonly (string | null | undefined)[]): boolean {
  const text = typed.trim().normalize("NFC");
  if (text === "") return false;
  if (text.toUpperCase() === DEACTIVATE_WORD) return true;
  return centerNames.some((name) => typeof name === "string" && name.trim() !== "" && name.trim().normalize("NFC") === text);
}

/** The dialog's input: the typed confirmation, checked against the center's names. */
export const deactivateAccountInput = (centerNames: readonly (string | null | undefined)[]) =>
  z.object({ confirmation: z.string().max(200).refine((typed) => confirmsDeactivation(typed, centerNames), "confirmation_mismatch") });

export type DeactivateAccountInput = { confirmation: string };
