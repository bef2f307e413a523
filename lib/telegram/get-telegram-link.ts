import "server-only";
import { db, type Tx } from "@/lib/db";
import { toTelegramLinkView, type TelegramLinkView } from "./link-dto";

/** The person's Telegram link as they see it, or null when they have none. */
export async function getTelegramLink(userId: string, client: Tx = db): Promise<TelegramLinkView | null> {
  const row = await client.telegramLink.findUnique({ where: { userId }, select: { username: true, firstName: true, createdAt: true } });
  return row ? toTelegramLinkView(row) : null;
}
