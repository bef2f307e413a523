import { z } from "zod";

const decimalId = z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^[1-9]\d{0,15}$/)]);
const text = (max: number) => z.string().min(1).max(max);

/**
 * The Login Widget's fields exactly as Telegram hands them to the page (its JS callback gives
 * numbers for `id` and `auth_date`, its redirect gives strings). Strict: an unknown field is a
 * 422, since it would change what was signed.
 */
export const telegramWidgetInput = z
  .object({
    id: decimalId,
    first_name: text(256),
    last_name: text(256).optional(),
    username: text(64).optional(),
    photo_url: text(1024).optional(),
    auth_date: decimalId,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
  .meta({ id: "TelegramLoginWidgetData", description: "Telegram Login Widget data, as received from Telegram" });

export type TelegramWidgetInput = z.output<typeof telegramWidgetInput>;

/** The widget fields as the strings Telegram signed. */
export function widgetFields(input: TelegramWidgetInput): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]));
}

/** What the person sees of their link (never the numeric id, which is only for the bot). */
export const telegramLinkDto = z
  .object({
    username: z.string().nullable(),
    firstName: z.string().nullable(),
    linkedAt: z.iso.datetime(),
  })
  .meta({ id: "TelegramLink" });

export type TelegramLinkView = z.input<typeof telegramLinkDto>;

export function toTelegramLinkView(row: { username: string | null; firstName: string | null; createdAt: Date }): TelegramLinkView {
  return { username: row.username, firstName: row.firstName, linkedAt: row.createdAt.toISOString() };
}
