import { getTranslations } from "next-intl/server";
import type { CenterProfile } from "@/lib/centers/settings/center-profile";

const FIELDS = ["nameEn", "nameMy", "descriptionEn", "descriptionMy", "addressEn", "addressMy", "contactPhone", "contactEmail", "websiteUrl"] as const;

/** The profile as instructors see it: read-only. */
export async function CenterProfileView({ profile }: { profile: CenterProfile }) {
  const t = await getTranslations("centerSettings.profile");
  return (
    <>
      <p className="mt-2 text-sm text-slate-600">{t("readOnly")}</p>
      <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-2" data-testid="center-profile-view">
        {FIELDS.map((name) => (
          <div key={name} className={name.startsWith("description") || name.startsWith("address") ? "sm:col-span-2" : undefined}>
            <dt className="font-medium text-slate-800">{t(name)}</dt>
            <dd className="mt-1 whitespace-pre-line break-words text-slate-700">{profile.values[name] || <span className="text-slate-400">{t("notSet")}</span>}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
