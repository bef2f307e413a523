import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { createTranslator } from "next-intl";
import { currentLocale } from "@/lib/i18n/current-locale";
import { messagesFor } from "@/lib/i18n/messages";
import { describeError, log, withLogContext } from "@/lib/log";
import type { ErrorCode } from "./errors";
import type { FieldError } from "./field-errors";
import { toAppError } from "./map-error";
import { requestIdFrom } from "./request-context";

/** What a client-called server action answers: data, or the contract's error in the reader's language. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; fields: FieldError[]; requestId: string } };

/**
 * Runs a server action's work and maps a failure through the one boundary mapper (style rule 6):
 * a domain error becomes `{ ok: false, error }` for the form (field errors keep their zod paths,
 * without the `body.` prefix); an unexpected error is logged with the request id only. Next's own
 * control-flow throws (redirect, notFound) pass through. `operation` names the action in its log lines.
 */
export async function runAction<T>(work: () => Promise<T>, operation?: string): Promise<ActionResult<T>> {
  const requestId = requestIdFrom(await headers());
  // Every line the action logs, however deep in lib/, carries the request's id (ADR 0046).
  return withLogContext({ requestId, ...(operation ? { route: operation } : {}) }, () => attempt(work, requestId));
}

async function attempt<T>(work: () => Promise<T>, requestId: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error);
    const { appError, unexpected } = toAppError(error);
    if (unexpected) log.error("action.failed", { requestId, ...describeError(error) });
    const locale = await currentLocale();
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "apiErrors" });
    const fields = Array.isArray(appError.details)
      ? (appError.details as FieldError[]).map((field) => ({ ...field, path: field.path.replace(/^body\./, "") }))
      : [];
    const message = appError.hasCustomMessage ? appError.message : t(appError.code);
    return { ok: false, error: { code: appError.code, message, fields, requestId } };
  }
}
