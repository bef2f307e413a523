import "server-only";
import { acceptPendingInvitations } from "@/lib/access/accept-invitations";
import { logActivity } from "@/lib/audit/log-activity";
import type { Contact } from "@/lib/contact/normalize-contact";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { checkOtp } from "./otp/check-otp";
import { consumeOtp } from "./otp/consume-otp";
import { signInUserSelect, toAuthUser, type AuthUser, type SignInUserRow } from "./auth-user";

export type SignInWithOtpInput<S> = {
  contact: Contact;
  code: string;
  challengeId?: string;
  /** The person confirmed they are 13 or older (policy S9); required to create an account. */
  ageConfirmed?: boolean;
  /** Language of a new account. */
  locale?: "my" | "en";
  client: ClientInfo;
  /** Opens the web or mobile session inside the same transaction, so a code never logs in twice. */
  createSession?: (tx: Tx, user: AuthUser, context: { isNew: boolean }) => Promise<S>;
};

export type SignInResult<S> = { user: AuthUser; isNew: boolean; session: S };

/**
 * Signs a person in with a one-time code, creating the account on first login. Security-critical:
 * one transaction checks the code, finds or creates the user, consumes the code and opens the
 * session. A new account without age confirmation is refused BEFORE the code is consumed (the
 * contract lets the same code be retried with `ageConfirmed`); an inactive account gets the same
 * `invalid_code` as a wrong code, so a login never reveals an account's state.
 */
export async function signInWithOtp<S = undefined>(input: SignInWithOtpInput<S>): Promise<SignInResult<S>> {
  const { contact, client } = input;
  let refusedUserId: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const { challengeId } = await checkOtp(tx, { contact, code: input.code, challengeId: input.challengeId, ip: client.ip });
      const where = contact.kind === "phone" ? { phone: contact.value } : { email: contact.value };
      let row: SignInUserRow | null = await tx.user.findUnique({ where, select: signInUserSelect });
      const isNew = row === null;
      if (!row) {
        if (input.ageConfirmed !== true) throw new AppError("age_confirmation_required");
        row = await tx.user.create({
          data: { ...where, ageConfirmedAt: new Date(), locale: input.locale === "en" ? "EN" : "MY" },
          select: signInUserSelect,
        });
      }
      if (row.status !== "ACTIVE") {
        refusedUserId = row.id;
        throw new AppError("invalid_code");
      }
      await consumeOtp(tx, challengeId);
      const now = new Date();
      row = await tx.user.update({
        where: { id: row.id },
        data: {
          lastLoginAt: now,
          ...(contact.kind === "phone" ? { phoneVerifiedAt: row.phoneVerifiedAt ?? now } : { emailVerified: row.emailVerified ?? now }),
        },
        select: signInUserSelect,
      });
      // Invitations are matched only on contacts this person has proven they own.
      await acceptPendingInvitations(
        tx,
        { id: row.id, phone: row.phoneVerifiedAt ? row.phone : null, email: row.emailVerified ? row.email : null },
        client,
      );
      const user = toAuthUser(row);
      const session = (input.createSession ? await input.createSession(tx, user, { isNew }) : undefined) as S;
      await logActivity(tx, {
        action: "auth.login",
        actorUserId: user.id,
        targetType: "user",
        targetId: user.id,
        client,
        metadata: { method: contact.kind === "phone" ? "otp_sms" : "otp_email", isNew, sessionKind: client.platform === "WEB" ? "web" : "mobile" },
      });
      return { user, isNew, session };
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "invalid_code" || error.code === "rate_limited")) {
      await logFailure(contact, client, refusedUserId, error.code === "rate_limited" ? "too_many_failures" : undefined);
    }
    throw error;
  }
}

/** The transaction rolled back, so the failure is recorded outside it (never the code itself). */
async function logFailure(contact: Contact, client: ClientInfo, refusedUserId: string | null, why?: "too_many_failures") {
  try {
    await logActivity(db, {
      action: "auth.otp_failed",
      actorUserId: refusedUserId,
      client,
      metadata: { channel: contact.kind, reason: why ?? (refusedUserId ? "account_inactive" : "invalid_code") },
    });
  } catch (error) {
    log.warn("auth.otp_failed_not_logged", { error: error instanceof Error ? error.name : typeof error });
  }
}
