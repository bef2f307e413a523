import "server-only";
import { contactValues, type DeletionStep } from "./deletion-context";

/**
 * Records keyed by the person's phone or email rather than their id: sign-in codes, the rate-limit
 * counters of those codes (keys end in `:phone:<E.164>` / `:email:<address>`), next-auth
 * verification tokens, and staff invitations sent to that contact (an accepted one keeps its row
 * for the center's history, without the contact; a pending one is revoked).
 */
export const forgetContactRecords: DeletionStep = async ({ tx, userId, now, subject }) => {
  const contacts = contactValues(subject);
  if (contacts.length > 0) {
    await tx.otpChallenge.deleteMany({ where: { destination: { in: contacts } } });
    await tx.rateLimitBucket.deleteMany({ where: { OR: contacts.map((value) => ({ key: { endsWith: `:${value}` } })) } });
    await tx.verificationToken.deleteMany({ where: { identifier: { in: contacts } } });
  }
  const invitations = {
    OR: [{ acceptedById: userId }, ...(subject.phone ? [{ phone: subject.phone }] : []), ...(subject.email ? [{ email: subject.email }] : [])],
  };
  await tx.centerInvitation.updateMany({ where: { ...invitations, status: "PENDING" }, data: { status: "REVOKED", revokedAt: now } });
  await tx.centerInvitation.updateMany({ where: invitations, data: { phone: null, email: null } });
  // A child report they filed may carry their contact for follow-up; the report itself stays.
  await tx.childAccountReport.updateMany({ where: { reporterUserId: userId }, data: { reporterContact: null } });
  // A report about them may describe them (a child's age, school, name): the reason goes too.
  await tx.childAccountReport.updateMany({ where: { reportedUserId: userId }, data: { reason: "" } });
};

/**
 * Demo and development only: the dev outbox (what sandbox providers "sent") addressed to the
 * person's phone, email, Telegram chat, Messenger PSID or push tokens. Production never writes it.
 */
export const forgetDevMessages: DeletionStep = async ({ tx, subject }) => {
  const addresses = [...contactValues(subject), ...(subject.telegramId ? [subject.telegramId] : []), ...subject.psids, ...subject.deviceTokens];
  if (addresses.length > 0) await tx.devMessage.deleteMany({ where: { to: { in: addresses } } });
};
