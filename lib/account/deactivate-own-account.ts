import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { deactivateAccountInput, type DeactivateAccountInput } from "./deactivate-account-schema";

/**
 * A staff member deactivates their own account from a center's settings, after typing the center's
 * name or the confirmation word. Only their own account: the access's user, never an id from input.
 * Deactivation anonymizes exactly like Delete My Account (policy S6, C6; ADR 0034): the same
 * function, so the two can never drift apart.
 */
export async function deactivateOwnAccount(access: CenterAccess, input: DeactivateAccountInput, client: ClientInfo): Promise<void> {
  requirePermission(access, "center.read");
  // A platform admin reaching a center without a membership has no staff account here to close.
  if (access.role === "PLATFORM_ADMIN") throw new AppError("forbidden");
  deactivateAccountInput([access.centerNameEn, access.centerNameMy]).parse(input);
  await deleteAccount({ userId: access.userId, reason: "USER_REQUEST", actorUserId: access.userId, client });
}
