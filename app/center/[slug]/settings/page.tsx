import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { CenterLogoUpload } from "@/components/center/settings/center-logo-upload";
import { CenterProfileForm } from "@/components/center/settings/center-profile-form";
import { CenterProfileView } from "@/components/center/settings/center-profile-view";
import { DeactivateAccountSection } from "@/components/center/settings/deactivate-account-section";
import { SettingsLinks } from "@/components/center/settings/settings-links";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getCenterProfile } from "@/lib/centers/settings/center-profile";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { deactivateAccountAction, removeCenterLogoAction, updateCenterProfileAction, uploadCenterLogoAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerSettings");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The center's settings: its public profile and logo (editable with `center.update`, read-only for
 * instructors), links to the other settings pages, and deactivating one's own account.
 */
export default async function CenterSettingsPage({ params }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/settings`);
  const [locale, tProfile, tLogo] = await Promise.all([
    currentLocale(),
    getTranslations("centerSettings.profile"),
    getTranslations("centerSettings.logo"),
  ]);
  if (!hasPermission(access, "center.read")) return <CenterForbiddenPage access={access} locale={locale} />;
  const profile = await getCenterProfile(access);
  const { status, logoUrl, values } = profile;
  const centerName = localized(values.nameEn, values.nameMy, locale) || profile.slug;
  const editable = hasPermission(access, "center.update");
  const bound = access.centerSlug;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <section className="mt-8" aria-labelledby="profile-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="profile-heading" className="text-lg font-semibold">
            {tProfile("heading")}
          </h2>
          {status === "ACTIVE" ? (
            <Link href={`/centers/${encodeURIComponent(profile.slug)}`} className="text-sm text-brand-700 underline">
              {tProfile("viewPublic")}
            </Link>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-slate-600">{tProfile("intro")}</p>
        {editable ? (
          <CenterProfileForm initial={values} save={updateCenterProfileAction.bind(null, bound)} />
        ) : (
          <CenterProfileView profile={profile} />
        )}
      </section>
      <section className="mt-10" aria-labelledby="logo-heading">
        <h2 id="logo-heading" className="text-lg font-semibold">
          {tLogo("heading")}
        </h2>
        {editable ? (
          <CenterLogoUpload
            logoUrl={logoUrl}
            centerName={centerName}
            upload={uploadCenterLogoAction.bind(null, bound)}
            remove={removeCenterLogoAction.bind(null, bound)}
          />
        ) : logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a 256 px WebP served by /media
          <img src={logoUrl} alt={tLogo("alt", { center: centerName })} width={128} height={128} className="mt-4 h-32 w-32 rounded-md border border-slate-200 object-contain" />
        ) : (
          <p className="mt-2 text-sm text-slate-500">{tLogo("none")}</p>
        )}
      </section>
      <SettingsLinks access={access} />
      <DeactivateAccountSection access={access} centerName={centerName} deactivate={deactivateAccountAction.bind(null, bound)} />
    </main>
  );
}
