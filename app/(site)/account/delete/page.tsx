import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { DELETE_WORDS } from "@/lib/privacy/deletion/delete-account-input";
import { deleteAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deleteAccount");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ error?: string; center?: string }> };
const KNOWN_ERRORS = new Set(["confirmation_mismatch", "last_owner", "not_found"]);
const SLUG = /^[a-z0-9-]{1,80}$/;
const DELETED = ["profile", "contacts", "photo", "telegram", "devices", "sessions", "chatbot", "activity"] as const;
const KEPT = ["orders", "learning", "records"] as const;

/** Delete My Account (policy S6): what goes, what stays, and a typed confirmation. */
export default async function DeleteAccountPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/delete");
  const [t, params] = await Promise.all([getTranslations("deleteAccount"), searchParams]);
  const error = params.error ? (KNOWN_ERRORS.has(params.error) ? params.error : "unavailable") : null;
  const center = params.center && SLUG.test(params.center) ? params.center : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {error ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          <p>{t(`errors.${error}`)}</p>
          {error === "last_owner" && center ? (
            <Link href={`/center/${center}/settings`} className="underline">
              {t("errors.lastOwnerLink")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="deleted">
        <h2 id="deleted" className="text-lg font-semibold">{t("deleted.title")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {DELETED.map((key) => (
            <li key={key}>{t(`deleted.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kept">
        <h2 id="kept" className="text-lg font-semibold">{t("kept.title")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {KEPT.map((key) => (
            <li key={key}>{t(`kept.${key}`)}</li>
          ))}
        </ul>
      </section>
      <p className="font-medium">{t("final")}</p>
      <form action={deleteAccountAction} className="space-y-3 rounded-md border border-red-200 p-4">
        <label className="block text-sm font-medium">
          {t("confirmLabel", { en: DELETE_WORDS.en, my: DELETE_WORDS.my })}
          <input name="confirmation" required autoComplete="off" maxLength={100} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-medium text-white">{t("submit")}</button>
          <Link href="/account" className="text-brand-700 underline">{t("cancel")}</Link>
        </div>
      </form>
    </div>
  );
}
