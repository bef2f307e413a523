import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { getWebActor } from "@/lib/auth/web-actor";
import { listCategories } from "@/lib/catalog/list-categories";
import { listProfessions } from "@/lib/catalog/list-professions";
import { listMyCenters } from "@/lib/centers/list-my-centers";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getProfile } from "@/lib/profile/get-profile";
import { removePhoto, saveProfile, signOutAction, uploadPhoto } from "./actions";
import { DeleteAccountLink } from "./delete/delete-account-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ saved?: string; error?: string }> };
const KNOWN_ERRORS = new Set(["validation_failed", "payload_too_large", "unsupported_media_type", "not_found"]);

/** The person's own profile: see it, correct it, change the photo, sign out (policy S6). */
export default async function AccountPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account");
  const locale = await currentLocale();
  const [t, tl, tf, to, tn, tt, params, profile, categories, professions, centers] = await Promise.all([
    getTranslations("account"),
    getTranslations("language"),
    getTranslations("following"),
    getTranslations("checkout.orders"),
    getTranslations("inbox"),
    getTranslations("telegram"),
    searchParams,
    getProfile(actor.userId),
    listCategories(locale),
    listProfessions(locale),
    listMyCenters(actor.userId, locale),
  ]);
  const error = params.error ? (KNOWN_ERRORS.has(params.error) ? params.error : "unavailable") : null;
  const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            {t("signOut")}
          </button>
        </form>
      </div>
      {params.saved ? <p role="status" className="rounded-md bg-green-50 p-3 text-green-800">{t("saved")}</p> : null}
      {error ? <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">{t(`errors.${error}`)}</p> : null}

      {centers.length > 0 ? (
        <section aria-labelledby="my-centers">
          <h2 id="my-centers" className="text-lg font-semibold">{t("myCenters")}</h2>
          <ul className="mt-2 space-y-1">
            {centers.map((center) => (
              <li key={center.slug}>
                <Link href={`/center/${center.slug}`} className="text-brand-700 underline">
                  {center.name}
                </Link>{" "}
                <span className="text-sm text-slate-500">({center.role})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="orders">
        <h2 id="orders" className="text-lg font-semibold">{to("title")}</h2>
        <Link href="/account/orders" className="mt-2 inline-block text-brand-700 underline">
          {to("accountLink")}
        </Link>
      </section>

      <section aria-labelledby="notifications">
        <h2 id="notifications" className="text-lg font-semibold">{tn("title")}</h2>
        <Link href="/account/notifications" className="mt-2 inline-block text-brand-700 underline">
          {tn("accountLink")}
        </Link>
      </section>

      <section aria-labelledby="telegram">
        <h2 id="telegram" className="text-lg font-semibold">{tt("title")}</h2>
        <Link href="/account/telegram" className="mt-2 inline-block text-brand-700 underline">
          {tt("accountLink")}
        </Link>
      </section>

      <section aria-labelledby="following">
        <h2 id="following" className="text-lg font-semibold">{tf("title")}</h2>
        <Link href="/following" className="mt-2 inline-block text-brand-700 underline">
          {tf("accountLink")}
        </Link>
      </section>

      <section aria-labelledby="photo" className="space-y-3">
        <h2 id="photo" className="text-lg font-semibold">{t("photo")}</h2>
        {profile.photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a 512 px WebP we already resized
          <img src={profile.photoUrl} alt={t("photo")} width={96} height={96} className="h-24 w-24 rounded-full object-cover" />
        ) : (
          <p className="text-slate-500">{t("noPhoto")}</p>
        )}
        <form action={uploadPhoto} className="flex flex-wrap items-center gap-2">
          <input type="file" name="photo" accept="image/jpeg,image/png,image/webp,image/heic,image/avif" required aria-label={t("photo")} />
          <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white">{t("upload")}</button>
        </form>
        <p className="text-sm text-slate-500">{t("photoHint")}</p>
        {profile.photoUrl ? (
          <form action={removePhoto}>
            <button type="submit" className="text-sm text-red-700 underline">{t("removePhoto")}</button>
          </form>
        ) : null}
      </section>

      <form action={saveProfile} className="space-y-4" aria-labelledby="profile">
        <h2 id="profile" className="text-lg font-semibold">{t("profile")}</h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">{t("phone")}</dt>
          <dd>{profile.phone ?? "—"}</dd>
          <dt className="text-slate-500">{t("email")}</dt>
          <dd>{profile.email ?? "—"}</dd>
        </dl>
        <label className="block text-sm font-medium">
          {t("name")}
          <input name="name" defaultValue={profile.name ?? ""} required maxLength={80} className={input} />
        </label>
        <label className="block text-sm font-medium">
          {t("language")}
          <select name="locale" defaultValue={profile.locale} className={input}>
            <option value="my">{tl("my")}</option>
            <option value="en">{tl("en")}</option>
          </select>
        </label>
        <CheckboxGroup legend={t("categories")} name="categoryIds" options={categories} checked={profile.categoryIds} />
        <CheckboxGroup legend={t("professions")} name="professionIds" options={professions} checked={profile.professionIds} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{t("save")}</button>
      </form>
      <Link href="/account/export" className="inline-block text-brand-700 underline" data-testid="account-export-link">{(await getTranslations("dataExport"))("accountLink")}</Link>
      <DeleteAccountLink />
    </div>
  );
}
