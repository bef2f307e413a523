"use client";

import { useTranslations } from "next-intl";

/**
 * Field messages from the shared zod schemas are keys of `centerSettings.errors` (the same on the
 * client and the server); anything else (a server message already translated) is shown as it is.
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("centerSettings.errors");
  return (message) => {
    if (!message) return undefined;
    return t.has(message) ? t(message) : message;
  };
}
