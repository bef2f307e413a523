import "server-only";
import { getTelegramBot } from "./bot";

let cached: Promise<string> | undefined;

/** The bot's @username for the Login Widget, asked of Telegram once per process (it cannot change without a new token). */
export function getBotUsername(): Promise<string> {
  cached ??= getTelegramBot()
    .getMe()
    .then((me) => me.username)
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
