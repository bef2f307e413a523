import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import type { StaffSession, StaffSessionKind } from "@/lib/centers/settings/list-staff-sessions";
import type { ActionResult } from "@/lib/http/action-result";
import type { Locale } from "@/lib/i18n/locales";
import { RevokeSessionButton } from "./revoke-session-button";

type Props = {
  sessions: StaffSession[];
  locale: Locale;
  revoke: (input: { kind: StaffSessionKind; sessionId: string }) => Promise<ActionResult<null>>;
};

const KNOWN_DEVICE_TYPES = new Set(["desktop", "mobile", "tablet"]);

/** The country's name in the reader's language (approximate place: policy S1.2 keeps no more). */
function countryName(code: string | null, locale: Locale): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The center's staff sign-ins: who, where, on what, since when; sign-out where the viewer may. */
export async function StaffSessionsTable({ sessions, locale, revoke }: Props) {
  const [t, tRoles, format] = await Promise.all([getTranslations("centerSettings.sessions"), getTranslations("centerSettings.roles"), getFormatter()]);
  if (sessions.length === 0) return <p className="mt-6 text-slate-500">{t("empty")}</p>;
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time> : t("unknown");
  const device = (s: StaffSession) => {
    const type = s.deviceType && KNOWN_DEVICE_TYPES.has(s.deviceType) ? t(`deviceTypes.${s.deviceType as "desktop" | "mobile" | "tablet"}`) : s.deviceType;
    return [type, s.os, s.client].filter(Boolean).join(" · ") || t("unknown");
  };
  return (
    <DataTable
      testId="staff-sessions-table"
      wrapperMargin="mt-6"
      head={
        <>
          <th className="py-2 pr-3">{t("member")}</th>
          <th className="py-2 pr-3">{t("kind")}</th>
          <th className="py-2 pr-3">{t("device")}</th>
          <th className="py-2 pr-3">{t("place")}</th>
          <th className="py-2 pr-3">{t("ip")}</th>
          <th className="py-2 pr-3">{t("started")}</th>
          <th className="py-2 pr-3">{t("lastActive")}</th>
          <th className="py-2" />
        </>
      }
    >
      {sessions.map((s) => {
        const name = s.member.name ?? t("unnamed");
        return (
          <tr key={`${s.kind}-${s.id}`} data-session-id={s.id}>
            <td className="py-2 pr-3">
              <span className="font-medium">{name}</span>
              <span className="block text-xs text-slate-500">{tRoles(s.member.role)}</span>
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{t(s.kind)}</td>
            <td className="py-2 pr-3">{device(s)}</td>
            <td className="py-2 pr-3">{countryName(s.country, locale) ?? t("unknown")}</td>
            <td className="py-2 pr-3 font-mono text-xs">{s.ip ?? t("unknown")}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{when(s.startedAt)}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{when(s.lastSeenAt)}</td>
            <td className="py-2">
              {s.current ? (
                <span className="text-xs font-medium text-green-800">{t("current")}</span>
              ) : s.revocable ? (
                <RevokeSessionButton kind={s.kind} sessionId={s.id} memberName={name} revoke={revoke} />
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
