"use client";

import { useTranslations } from "next-intl";
import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from "react-hook-form";

type ActionError = { message: string; fields: { path: string; code?: string; message: string }[] };

/**
 * Like `applyActionError`, but keeps each field error's machine code as its `type`, so the form
 * can say it in the reader's language (the server's field messages are English).
 */
export function applyCodedError<T extends FieldValues>(setError: UseFormSetError<T>, error: ActionError): void {
  if (error.fields.length === 0) {
    setError("root.server", { message: error.message });
    return;
  }
  for (const field of error.fields) setError(field.path as Path<T>, { type: field.code ?? "invalid", message: field.message });
}

type Namespace = "centerQuizzes.validation" | "centerLiveClasses.validation";

/**
 * The translated message of the error at a schema path (zod's issue code or the server's field
 * code is the key under `namespace`; anything unknown is "Check this value"). Paths are the
 * schema's, so an error lands even when the form field has another name (minutes vs seconds).
 */
export function useErrorAt(namespace: Namespace, errors: FieldErrors) {
  const t = useTranslations(namespace);
  return (path: string): string | undefined => {
    const error = (get(errors, path) as { type?: unknown; message?: string; root?: { type?: unknown } } | undefined) ?? undefined;
    // A field array holding its items' errors is not itself in error.
    if (!error || (error.type === undefined && error.message === undefined && !error.root)) return undefined;
    const type = String(error.type ?? error.root?.type ?? "invalid");
    if (type === "custom" && namespace === "centerLiveClasses.validation") return t("invalid");
    return t.has(type as never) ? t(type as never) : t("invalid");
  };
}
