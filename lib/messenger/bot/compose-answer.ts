import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { findCoursesForChat } from "./find-courses";
import type { Intent } from "./intents";

/** The translator of the bot's catalogue ("messenger.bot") in one language. */
export function botTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "messenger.bot" });
}

/** The bot's reply text for an intent, in the person's language; one message. */
export async function composeAnswer(intent: Intent, locale: Locale): Promise<string> {
  const t = botTranslator(locale);
  switch (intent.kind) {
    case "handover":
      return t("handover");
    case "subscribe":
      return t("subscribed");
    case "unsubscribe":
      return t("unsubscribed");
    case "faq":
      return t(`faq.${intent.topic}`, { appUrl: env().APP_URL.replace(/\/+$/, "") });
    case "help":
      return t("help");
    case "search": {
      const hits = await findCoursesForChat(intent.query, locale);
      if (hits.length === 0) return t("noCourses");
      return [t("coursesFound"), ...hits.map((hit, i) => `${i + 1}. ${hit.title}\n${hit.url}`)].join("\n\n");
    }
  }
}
