"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { changeStaffRole, changeStaffRoleInput } from "@/lib/centers/staff/change-staff-role";
import { inviteStaff, inviteStaffInput } from "@/lib/centers/staff/invite-staff";
import { removeStaff, removeStaffInput } from "@/lib/centers/staff/remove-staff";
import { revokeInvitation, revokeInvitationInput } from "@/lib/centers/staff/revoke-invitation";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { describeError, log } from "@/lib/log";
import { requestIdFrom } from "@/lib/http/request-context";

// The staff page's forms. Each action re-authorizes from the session (the slug it is bound to is
// only a name: getCenterAccess decides), parses with the use case's zod schema, calls one lib/
// function and redirects back with the outcome.

type Run = (access: CenterAccess, client: ClientInfo) => Promise<unknown>;

async function run(slug: string, notice: string, fn: Run): Promise<never> {
  const path = `/center/${encodeURIComponent(slug)}/staff`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    const requestHeaders = await headers();
    await fn(access, readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders)));
    outcome = `notice=${notice}`;
  } catch (error) {
    outcome = `error=${errorKey(error)}`;
  }
  redirect(`${path}?${outcome}`);
}

function errorKey(error: unknown): string {
  if (error instanceof ZodError) return "validation_failed";
  if (!(error instanceof AppError)) {
    log.error("center.staff_action_failed", describeError(error));
    return "unknown";
  }
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === "string") return reason;
  const fieldCode = Array.isArray(error.details) ? (error.details[0] as { code?: unknown } | undefined)?.code : undefined;
  if (fieldCode === "invalid_phone" || fieldCode === "invalid_email") return fieldCode;
  return error.code;
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

export async function inviteStaffAction(slug: string, formData: FormData) {
  await run(slug, "invited", (access, client) => {
    const input = inviteStaffInput.parse({ phone: text(formData, "phone"), email: text(formData, "email"), role: text(formData, "role") });
    return inviteStaff(access, input, client);
  });
}

export async function changeStaffRoleAction(slug: string, formData: FormData) {
  await run(slug, "roleChanged", (access, client) =>
    changeStaffRole(access, changeStaffRoleInput.parse({ membershipId: text(formData, "membershipId"), role: text(formData, "role") }), client),
  );
}

export async function removeStaffAction(slug: string, formData: FormData) {
  await run(slug, "removed", (access, client) => removeStaff(access, removeStaffInput.parse({ membershipId: text(formData, "membershipId") }), client));
}

export async function revokeInvitationAction(slug: string, formData: FormData) {
  await run(slug, "revoked", (access, client) =>
    revokeInvitation(access, revokeInvitationInput.parse({ invitationId: text(formData, "invitationId") }), client),
  );
}
