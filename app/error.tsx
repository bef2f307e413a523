"use client";

import { errorMessages } from "@/lib/i18n/client-error-messages";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The root layout sets <html lang> from the request's locale.
  const t = errorMessages(typeof document === "undefined" ? undefined : document.documentElement.lang);
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3 text-slate-600">{t.body}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white">
        {t.retry}
      </button>
    </main>
  );
}
