import "server-only";
import { env } from "@/lib/env";
import type { TelegramBot } from "./bot-types";
import { createLiveTelegramBot } from "./live-telegram-bot";
import { SandboxTelegramBot } from "./sandbox-telegram-bot";

export * from "./bot-types";
export { SandboxTelegramBot } from "./sandbox-telegram-bot";

let live: TelegramBot | undefined;
let sandbox: SandboxTelegramBot | undefined;

/** The bot of this process: live in production mode, the sandbox everywhere else (even with a real token set). */
export function getTelegramBot(): TelegramBot {
  const config = env();
  if (config.APP_MODE !== "production") return getSandboxTelegramBot();
  live ??= createLiveTelegramBot({ token: config.TELEGRAM_BOT_TOKEN });
  return live;
}

/** The sandbox instance (demo mode; tests read its `calls` and script failures). */
export function getSandboxTelegramBot(): SandboxTelegramBot {
  sandbox ??= new SandboxTelegramBot(env().TELEGRAM_BOT_TOKEN);
  return sandbox;
}
