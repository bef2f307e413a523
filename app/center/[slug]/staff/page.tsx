import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { FlashMessage } from "@/components/center/flash-message";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { InviteForm } from "@/components/center/invite-form";
import { PendingInvitations } from "@/components/center/pending-invitations";
import { StaffTable } from "@/components/center/staff-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { assignableRoles } from "@/lib/access/permissions";
import { listPendingInvitations, listStaff } from "@/lib/centers/staff/list-staff";
import { currentLocale } from "@/lib/i18n/current-locale";
import { changeStaffRoleAction, inviteStaffAction, removeStaffAction, revokeInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerAdmin.staff");
  return { title: t("title"), robots: { index: false } };
}

/** Staff of the center: members, invitations, role changes. Authorized here, not in a layout. */
export default async function CenterStaffPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/staff`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerAdmin.staff"), searchParams]);
  if (!hasPermission(access, "staff.read")) {
    return <CenterForbiddenPage access={access} locale={locale} />;
  }
  const [members, invitations] = await Promise.all([listStaff(access), listPendingInvitations(access)]);
  const roles = assignableRoles(access.role);
  // Forms appear only for what the role may do (assignableRoles); the lib functions check again.
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <FlashMessage notice={query.notice} error={query.error} />
      <section className="mt-8" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("membersHeading")}
        </h2>
        <StaffTable
          access={access}
          members={members}
          changeRole={changeStaffRoleAction.bind(null, access.centerSlug)}
          remove={removeStaffAction.bind(null, access.centerSlug)}
        />
      </section>
      {hasPermission(access, "staff.invite") && roles.length > 0 ? (
        <InviteForm roles={roles} invite={inviteStaffAction.bind(null, access.centerSlug)} />
      ) : null}
      <PendingInvitations
        invitations={invitations}
        revocable={hasPermission(access, "staff.invite") ? roles : []}
        revoke={revokeInvitationAction.bind(null, access.centerSlug)}
      />
    </main>
  );
}
