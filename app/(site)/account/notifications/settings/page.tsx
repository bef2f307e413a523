import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";
import { getNotificationPreferences } from "@/lib/notifications/preferences/get-notification-preferences";
import { cellValue, shownValue } from "@/lib/notifications/preferences/preference-form";
import { OFFERED_CHANNELS, type NotificationPreferenceDto } from "@/lib/notifications/preferences/preference-schemas";
import { savePreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationPrefs");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ saved?: string; error?: string }> };
const KNOWN_ERRORS = new Set(["validation_failed", "rate_limited"]);

/** The person's notification switches (the web twin of /api/v1/me/notification-preferences); works without JavaScript. */
export default async function NotificationSettingsPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/notifications/settings");
  const [t, params, { preferences }] = await Promise.all([getTranslations("notificationPrefs"), searchParams, getNotificationPreferences({ actor })]);
  const error = params.error ? (KNOWN_ERRORS.has(params.error) ? params.error : "unavailable") : null;
  const kinds = [...new Set(preferences.map((p) => p.kind))];
  const cell = new Map(preferences.map((p) => [cellValue(p.kind, p.channel), p]));
  // Reach is per person, not per kind: one note under each channel's heading says why it is idle.
  const reasons = new Map(preferences.map((p) => [p.channel, p.unavailableReason]));

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/account/notifications" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {params.saved ? <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-green-800">{t("saved")}</p> : null}
      {error ? <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-800">{t(`errors.${error}`)}</p> : null}

      <form action={savePreferencesAction} className="mt-6">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[34rem] border-collapse text-sm" data-testid="notification-preferences">
            <thead>
              <tr className="border-b border-slate-200 align-bottom">
                <th scope="col" className="py-2 pr-3 text-left font-semibold">{t("kindHeader")}</th>
                {OFFERED_CHANNELS.map((channel) => {
                  const reason = reasons.get(channel);
                  return (
                    <th key={channel} scope="col" className="w-24 px-1 py-2 text-center font-semibold">
                      {t(`channels.${channel}`)}
                      {reason ? <span id={`why-${channel}`} className="mt-1 block text-xs font-normal text-slate-500">{t(`unavailable.${reason}`)}</span> : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {kinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row" className="py-3 pr-3 text-left font-normal">
                    <span className="block font-medium">{t(`kinds.${kind}.label`)}</span>
                    <span className="block text-xs text-slate-500">{t(`kinds.${kind}.description`)}</span>
                  </th>
                  {OFFERED_CHANNELS.map((channel) => {
                    const pref = cell.get(cellValue(kind, channel));
                    return pref ? <Switch key={channel} pref={pref} label={t("cell", { kind: t(`kinds.${kind}.label`), channel: t(`channels.${channel}`) })} alwaysOn={t("alwaysOn")} /> : <td key={channel} />;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p id="locked-explanation" className="mt-4 text-sm text-slate-600">{t("lockedExplanation")}</p>
        <button type="submit" className="mt-4 rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{t("save")}</button>
      </form>
    </div>
  );
}

/** One checkbox. A locked one is checked and disabled (it posts nothing); every other one also posts what it showed. */
function Switch({ pref, label, alwaysOn }: { pref: NotificationPreferenceDto; label: string; alwaysOn: string }) {
  const value = cellValue(pref.kind, pref.channel);
  const describedBy = pref.locked ? "locked-explanation" : pref.unavailableReason ? `why-${pref.channel}` : undefined;
  return (
    <td className="px-1 py-3 text-center">
      <input
        type="checkbox"
        name="on"
        value={value}
        defaultChecked={pref.enabled}
        disabled={pref.locked}
        aria-label={label}
        aria-describedby={describedBy}
        className="h-5 w-5 accent-brand-600"
      />
      {pref.locked ? <span className="block text-xs text-slate-500">{alwaysOn}</span> : <input type="hidden" name="shown" value={shownValue(pref.kind, pref.channel, pref.enabled)} />}
    </td>
  );
}
