import { getFormatter, getTranslations } from "next-intl/server";
import { assignableRoles } from "@/lib/access/permissions";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { StaffMember } from "@/lib/centers/staff/list-staff";

type Props = {
  access: CenterAccess;
  members: StaffMember[];
  changeRole: (formData: FormData) => Promise<void>;
  remove: (formData: FormData) => Promise<void>;
};

/** Active staff with a role form and a remove button where the viewer's role allows them. */
export async function StaffTable({ access, members, changeRole, remove }: Props) {
  const [t, tRole, format] = await Promise.all([getTranslations("centerAdmin.staff"), getTranslations("centerAdmin.role"), getFormatter()]);
  const assignable = assignableRoles(access.role);
  return (
    <table className="mt-3 w-full text-left text-sm" data-testid="staff-table">
      <thead className="border-b border-slate-200 text-slate-500">
        <tr>
          <th className="py-2 pr-3">{t("name")}</th>
          <th className="py-2 pr-3">{t("contact")}</th>
          <th className="py-2 pr-3">{t("role")}</th>
          <th className="py-2 pr-3">{t("since")}</th>
          <th className="py-2">{t("actions")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {members.map((member) => {
          const manageable = assignable.includes(member.role);
          return (
            <tr key={member.membershipId}>
              <td className="py-2 pr-3">
                {member.name ?? t("noName")} {member.userId === access.userId ? <span className="text-slate-500">{t("you")}</span> : null}
              </td>
              <td className="py-2 pr-3 font-mono">{member.phone ?? member.email}</td>
              <td className="py-2 pr-3">{tRole(member.role)}</td>
              <td className="py-2 pr-3">{format.dateTime(new Date(member.since), { dateStyle: "medium" })}</td>
              <td className="py-2">
                {manageable ? (
                  <div className="flex flex-wrap items-center gap-2">
                    <form action={changeRole} className="flex items-center gap-1">
                      <input type="hidden" name="membershipId" value={member.membershipId} />
                      <label className="sr-only" htmlFor={`role-${member.membershipId}`}>
                        {t("changeRole")}
                      </label>
                      <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role} className="rounded border border-slate-300 px-2 py-1">
                        {assignable.map((role) => (
                          <option key={role} value={role}>
                            {tRole(role)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="rounded border border-slate-300 px-2 py-1">
                        {t("save")}
                      </button>
                    </form>
                    <form action={remove}>
                      <input type="hidden" name="membershipId" value={member.membershipId} />
                      <button type="submit" className="rounded border border-red-300 px-2 py-1 text-red-700">
                        {t("remove")}
                      </button>
                    </form>
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
