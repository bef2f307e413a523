import "server-only";
import { createHash } from "node:crypto";
import { env, isProduction } from "@/lib/env";
import { loginWidgetHash } from "./login-widget";

/** A stable demo Telegram id per MMSO user, so two demo users never claim the same Telegram account by accident. */
export function suggestedSandboxTelegramId(userId: string): number {
  return 5_000_000_000 + (createHash("sha256").update(userId).digest().readUInt32BE(0) % 1_000_000_000);
}

/**
 * Demo mode's stand-in for Telegram's side of the Login Widget: the fields Telegram would send,
 * signed with the configured bot token exactly as Telegram signs them. They then go through the
 * same callback and verification as real widget data. Refused in production mode.
 */
export function signSandboxWidgetData(person: { id: number; firstName: string; username?: string }, now = new Date()): Record<string, string> {
  if (isProduction()) throw new Error("The Telegram sandbox does not exist in production mode");
  const fields: Record<string, string> = { id: String(person.id), first_name: person.firstName, auth_date: String(Math.floor(now.getTime() / 1000)) };
  if (person.username) fields.username = person.username;
  return { ...fields, hash: loginWidgetHash(fields, env().TELEGRAM_BOT_TOKEN) };
}
