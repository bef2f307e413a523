import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { readLoginState } from "@/lib/auth/web/login-state";
import { maskContact } from "@/lib/auth/web/mask-contact";
import { safeNextPath } from "@/lib/auth/web/safe-next";
import { devOutboxEnabled } from "@/lib/dev-outbox/dev-outbox";
import { requestCode, verifyCode } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ step?: string; error?: string; next?: string }> };

const KNOWN_ERRORS = new Set([
  "invalid_contact",
  "invalid_code",
  "age_confirmation_required",
  "rate_limited",
  "validation_failed",
  "channel_unavailable",
  "expired",
]);

/** Sign in with a one-time code: two plain forms, no client JavaScript needed. */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, state] = await Promise.all([getTranslations("login"), readLoginState()]);
  const next = safeNextPath(params.next);
  const error = params.error ? (KNOWN_ERRORS.has(params.error) ? params.error : "unavailable") : null;
  const onCodeStep = params.step === "code" && state !== null;
  const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-base";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-800">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {onCodeStep ? (
        <form action={verifyCode} className="mt-6 space-y-4">
          <p className="text-slate-700">{t("codeSentTo", { contact: maskContact(state.kind, state.value) })}</p>
          <input type="hidden" name="next" value={next} />
          <label className="block text-sm font-medium">
            {t("codeLabel")}
            <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required className={input} />
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="ageConfirmed" className="mt-1" />
            <span>
              {t("ageLabel")}
              <span className="block text-slate-500">{t("ageHint")}</span>
            </span>
          </label>
          <button type="submit" className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
            {t("verify")}
          </button>
          <p className="text-sm">
            <Link href={`/login?next=${encodeURIComponent(next)}`} className="text-brand-700 underline">
              {t("useAnother")}
            </Link>
          </p>
        </form>
      ) : (
        <form action={requestCode} className="mt-6 space-y-4">
          <input type="hidden" name="next" value={next} />
          <label className="block text-sm font-medium">
            {t("contactLabel")}
            <input name="contact" autoComplete="username" placeholder={t("contactPlaceholder")} required maxLength={254} className={input} />
          </label>
          <button type="submit" className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
            {t("sendCode")}
          </button>
        </form>
      )}
      {devOutboxEnabled() ? (
        <p className="mt-6 text-sm text-slate-500">
          <Link href="/dev/outbox" className="underline">
            {t("demoHint")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
