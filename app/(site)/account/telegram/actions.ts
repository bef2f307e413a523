"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { isProduction } from "@/lib/env";
import { linkState } from "@/lib/telegram/link-state";
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
 * token) and sends the browser to the same callback, with the same state, as the real widget.
 */
export async function sandboxLinkAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PAGE}`);
  if (isProduction()) redirect(PAGE);
  const parsed = sandboxPerson.safeParse({ id: formData.get("id"), firstName: formData.get("firstName"), username: formData.get("username") ?? "" });
  if (!parsed.success) redirect(`${PAGE}?error=telegram_malformed`);
  const fields = signSandboxWidgetData(parsed.data);
  const query = new URLSearchParams({ state: linkState(actor.sessionId), ...fields });
  redirect(`${PAGE}/callback?${query.toString()}`);
}
