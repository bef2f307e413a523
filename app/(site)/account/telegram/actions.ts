"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { isProduction } from "@/lib/env";
import { linkErrorKey } from "@/lib/telegram/link-error-key";
import { linkTelegram } from "@/lib/telegram/link-telegram";
import { signSandboxWidgetData } from "@/lib/telegram/sandbox-widget";
import { unlinkTelegram } from "@/lib/telegram/unlink-telegram";

const PAGE = "/account/telegram";

/** "Unlink Telegram": deletes the link and queues the removals from course groups. */
export async function unlinkAction(): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PAGE}`);
  await unlinkTelegram({ actor });
  redirect(`${PAGE}?unlinked=1`);
}

const sandboxPerson = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  firstName: z.string().trim().min(1).max(64),
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{5,32}$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/**
 * Demo mode only: plays Telegram's part of the Login Widget (signs the data with the configured
 * token) and hands the signed fields to the same verification and linking as the widget's
 * callback. No redirect through the callback: a server action's redirect to a route handler is a
 * client-side navigation, which Next turns into a request the handler does not take.
 */
export async function sandboxLinkAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PAGE}`);
  if (isProduction()) redirect(PAGE);
  const parsed = sandboxPerson.safeParse({ id: formData.get("id"), firstName: formData.get("firstName"), username: formData.get("username") ?? "" });
  if (!parsed.success) redirect(`${PAGE}?error=telegram_malformed`);
  let outcome = "linked=1";
  try {
    await linkTelegram({ actor, fields: signSandboxWidgetData(parsed.data) });
  } catch (error) {
    outcome = `error=${linkErrorKey(error)}`;
  }
  redirect(`${PAGE}?${outcome}`);
}
