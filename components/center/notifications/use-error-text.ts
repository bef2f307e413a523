"use client";

import { useTranslations } from "next-intl";

/**
 * Field errors arrive as codes (the shared zod schema's messages, from the resolver or from the
 * server action alike); this says them in the reader's language.
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("centerNotifications.errors");
  return (message) => {
    if (!message) return undefined;
    return t.has(message) ? t(message as Parameters<typeof t>[0]) : t("invalid");
  };
}
