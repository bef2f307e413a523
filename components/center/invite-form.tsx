import { getTranslations } from "next-intl/server";
import type { StaffRole } from "@/lib/centers/staff/staff-rules";

/** Invite by phone or email, with the roles the viewer may hand out. */
export async function InviteForm({ roles, invite }: { roles: readonly StaffRole[]; invite: (formData: FormData) => Promise<void> }) {
  const [t, tRole] = await Promise.all([getTranslations("centerAdmin.staff"), getTranslations("centerAdmin.role")]);
  return (
    <section className="mt-10" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="text-lg font-semibold">
        {t("inviteHeading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("inviteHelp")}</p>
      <form action={invite} className="mt-3 flex flex-wrap items-end gap-3" data-testid="invite-form">
        <label className="flex flex-col text-sm">
          {t("phone")}
          <input name="phone" type="tel" inputMode="tel" autoComplete="off" placeholder={t("phonePlaceholder")} className="mt-1 w-48 rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <span className="pb-2 text-sm text-slate-500">{t("or")}</span>
        <label className="flex flex-col text-sm">
          {t("email")}
          <input name="email" type="email" autoComplete="off" placeholder={t("emailPlaceholder")} className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <label className="flex flex-col text-sm">
          {t("role")}
          <select name="role" defaultValue={roles.includes("INSTRUCTOR") ? "INSTRUCTOR" : roles[0]} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
            {roles.map((role) => (
              <option key={role} value={role}>
                {tRole(role)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("inviteSubmit")}
        </button>
      </form>
    </section>
  );
}
