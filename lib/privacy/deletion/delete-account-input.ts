import { z } from "zod";

// Shared by the web form, its server action and the API spec (no server-only).

/** The words a person may type to confirm, in either language. */
export const DELETE_WORDS = { en: "DELETE", my: "ဖျက်မည်" } as const;

/** True when `typed` is one of the confirmation words (English in any case; Burmese as Unicode, NFC). */
export function confirmsDeletion(typed: string): boolean {
  const text = typed.trim().normalize("NFC");
  return text.toUpperCase() === DELETE_WORDS.en || text === DELETE_WORDS.my.normalize("NFC");
}

/** The web form: the typed confirmation. */
export const deleteAccountForm = z.object({
  confirmation: z.string().max(100).refine(confirmsDeletion, "confirmation_mismatch"),
});

/** `DELETE /api/v1/me`: the app has shown its own confirmation and says so explicitly. */
export const deleteMeBody = z.object({
  confirm: z.literal(true).describe("Must be true: the person confirmed in the app that their account is to be deleted"),
});
