import "server-only";
import { createTranslator } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export type BotTextKey = "connected" | "invalidCode" | "notAGroup" | "chatTaken" | "courseTaken" | "missingRights";
type CourseTitle = { titleEn: string | null; titleMy: string | null };

const botT = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "telegramGroups.bot" });

/**
 * A reply posted in a group: a group's members read either language, so Burmese comes first and
 * English follows, each with the course title in its own language.
 */
export function groupReply(key: BotTextKey, course?: CourseTitle): string {
  const line = (locale: Locale) => botT(locale)(key, { course: course ? localized(course.titleEn, course.titleMy, locale) : "" });
  return `${line("my")}\n\n${line("en")}`;
}

/** The private message with a course's join-request link, in the person's language. */
export function inviteMessage(locale: Locale, course: CourseTitle, link: string): string {
  return botT(locale)("invite", { course: localized(course.titleEn, course.titleMy, locale), link });
}

export const localeOf = (value: "EN" | "MY"): Locale => (value === "EN" ? "en" : "my");
