import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingInvitation } from "@/lib/centers/staff/list-staff";
import type { StaffRole } from "@/lib/centers/staff/staff-rules";

type Props = {
  invitations: PendingInvitation[];
  revocable: readonly StaffRole[];
  revoke: (formData: FormData) => Promise<void>;
};

/** Invitations not yet accepted, with a revoke button for the roles the viewer may hand out. */
export async function PendingInvitations({ invitations, revocable, revoke }: Props) {
  const [t, tRole, format] = await Promise.all([getTranslations("centerAdmin.staff"), getTranslations("centerAdmin.role"), getFormatter()]);
  return (
    <section className="mt-10" aria-labelledby="pending-heading">
      <h2 id="pending-heading" className="text-lg font-semibold">
        {t("pendingHeading")}
      </h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noPending")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="pending-invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <span className="font-mono">{invitation.phone ?? invitation.email}</span>
              <span>{tRole(invitation.role)}</span>
              <span className="text-slate-500">
                {t("expires")}: {format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" })}
              </span>
              {revocable.includes(invitation.role) ? (
                <form action={revoke}>
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="rounded border border-slate-300 px-2 py-1">
                    {t("revoke")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
