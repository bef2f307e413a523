import "server-only";
import { createTranslator } from "next-intl";
import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { messagesFor } from "@/lib/i18n/messages";

// Shared by the course actions: the session's access (the slug is only a name) and the domain's
// refusal reasons said in the reader's language. The domain writes its 409 reasons in English for
// the API's logs; the dashboard shows `centerCourses.reasons.<reason>` instead.

const REASONS = ["no_lessons", "last_lesson", "section_not_empty"] as const;

/** Runs `work` with the access and client info, translating known 409 reasons. */
export async function withCourseAccess<T>(slug: string, work: (access: CenterAccess, client: ClientInfo) => Promise<T>): Promise<T> {
  const access = await getCenterActionAccess(slug);
  try {
    return await work(access, await webClientInfo());
  } catch (error) {
    const reason = error instanceof AppError ? (error.details as { reason?: unknown } | undefined)?.reason : undefined;
    if (error instanceof AppError && REASONS.some((known) => known === reason)) {
      const locale = await currentLocale();
      const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "centerCourses.reasons" });
      throw new AppError(error.code, { message: t(reason as (typeof REASONS)[number]), details: error.details });
    }
    throw error;
  }
}
