import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { currentLocale } from "@/lib/i18n/current-locale";
import { announcedChanges, pendingAcknowledgements } from "@/lib/privacy/policies/pending-acknowledgements";
import { acknowledgePolicyAction } from "./policy-change-actions";
import { POLICY_DATE } from "./policy-date";

/**
 * Policy S11 on every student page: a signed-in person sees each material change they have not
 * acknowledged (announced or in force) with an "I have read it" button; a visitor sees the
 * announced changes for information only.
 */
export async function PolicyChangeBanner() {
  const [actor, locale] = await Promise.all([getWebActor(), currentLocale()]);
  const now = new Date();
  const notices = actor ? await pendingAcknowledgements(actor.userId, now, locale) : await announcedChanges(now, locale);
  if (notices.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("policies.banner"), getFormatter()]);
  return (
    <section aria-label={t("label")} className="border-b border-amber-300 bg-amber-50 text-amber-950" data-testid="policy-change-banner">
      <ul className="mx-auto max-w-6xl space-y-3 px-4 py-3 text-sm">
        {notices.map((notice) => (
          <li key={notice.id} data-policy-version={notice.id}>
            <p className="font-semibold">
              {t(notice.effectiveAt > now ? "changes" : "changed", { title: notice.title, date: format.dateTime(notice.effectiveAt, POLICY_DATE) })}
            </p>
            {notice.changeSummary ? <p className="mt-0.5 whitespace-pre-line">{notice.changeSummary}</p> : null}
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <Link href={notice.path} className="underline">
                {t("read")}
              </Link>
              {actor ? (
                <form action={acknowledgePolicyAction}>
                  <input type="hidden" name="policyVersionId" value={notice.id} />
                  <button type="submit" className="rounded-md border border-amber-400 bg-white px-3 py-1">
                    {t("acknowledge")}
                  </button>
                </form>
              ) : (
                <span className="text-amber-900">{t("signIn")}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
