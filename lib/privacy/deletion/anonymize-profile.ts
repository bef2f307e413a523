import "server-only";
import type { DeletionStep } from "./deletion-context";

/**
 * Policy S6: the account row keeps only its id, language and dates. Name, phone, email and photo
 * become null (the columns are nullable and unique, so null never collides); the role drops to
 * USER so a deleted account holds no privilege even if it were somehow resolved again.
 */
export const anonymizeUserRow: DeletionStep = async ({ tx, userId, now }) => {
  const { deactivatedAt } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { deactivatedAt: true } });
  await tx.user.update({
    where: { id: userId },
    data: {
      name: null,
      phone: null,
      email: null,
      emailVerified: null,
      phoneVerifiedAt: null,
      image: null,
      lastLoginAt: null,
      role: "USER",
      status: "DELETED",
      deletedAt: now,
      deactivatedAt: deactivatedAt ?? now,
    },
  });
  // Profile preferences (S1.1) and sign-in links of other providers (their ids name the person).
  await tx.userCategoryPreference.deleteMany({ where: { userId } });
  await tx.userProfessionPreference.deleteMany({ where: { userId } });
  await tx.account.deleteMany({ where: { userId } });
};

/**
 * An instructor profile stays attached to the courses it taught (the center's catalogue), but says
 * nothing about the person any more: no names, slug (often made of the name), headline, bio or
 * photo. Followers of it are dropped with it: there is no one left to follow.
 */
export const anonymizeInstructorProfile: DeletionStep = async ({ tx, userId }) => {
  const profile = await tx.instructorProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) return;
  await tx.instructorProfile.update({
    where: { id: profile.id },
    data: { slug: null, displayNameEn: null, displayNameMy: null, headlineEn: null, headlineMy: null, bioEn: null, bioMy: null, photoUrl: null },
  });
  await tx.follow.deleteMany({ where: { instructorId: profile.id } });
};

/**
 * Sessions are already revoked (every token dies at once); their network and device details go
 * too, since nobody can review the sign-ins of a deleted account.
 */
export const forgetSessionDetails: DeletionStep = async ({ tx, userId }) => {
  const blank = { ip: null, country: null, deviceType: null, os: null };
  await tx.session.updateMany({ where: { userId }, data: { ...blank, browser: null } });
  await tx.mobileSession.updateMany({ where: { userId }, data: { ...blank, deviceModel: null, appVersion: null } });
};
