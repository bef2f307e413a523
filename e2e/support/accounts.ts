import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN } from "../../prisma/seed/demo-fixtures";

/**
 * Who signs in where. Specs run in parallel and a contact gets one code a minute and five an hour
 * (lib/auth/otp/otp-rules.ts), so each contact below belongs to exactly one spec; add a new spec's
 * people here, never reuse one. Staff without a fixed contact have the seed's email
 * (prisma/seed/demo/contacts.ts: "Nwe Ni Aung" → nwe.ni.aung@demo.mmso.mm).
 */
const seeded = (nameEn: string) => `${nameEn.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@${DEMO_EMAIL_DOMAIN}`;
const [yangonCode, , , business] = DEMO_ACCOUNTS.centerOwners;

export const E2E_ACCOUNTS = {
  /** center-overview.spec.ts: the second admin of Yangon Code Academy, and one of its instructors. */
  overview: { admin: seeded("Nwe Ni Aung"), instructor: seeded("Zaw Lin Htun"), centerSlug: yangonCode.centerSlug },
  /** center-courses.spec.ts: the owner of Yangon Code Academy by email (center-access uses the phone). */
  courses: { owner: yangonCode.email, centerSlug: yangonCode.centerSlug },
  /** center-teaching.spec.ts: the demo instructor by email (center-access uses the phone). */
  teaching: { instructor: DEMO_ACCOUNTS.instructor.email, centerSlug: DEMO_ACCOUNTS.instructor.centerSlug },
  /**
   * center-settings.spec.ts: the owner of Yangon Business School by email (center-refund uses the
   * phone), and an instructor of the pending Taunggyi center, whose account the spec deactivates.
   */
  settings: { owner: business.email, centerSlug: business.centerSlug, instructor: seeded("Sai Htun Lin"), instructorCenterSlug: "taunggyi-skills-center" },
  /** center-dashboard-journey.spec.ts: the second admin of Yangon Business School, and a new instructor there. */
  journey: { admin: seeded("Phyo Wai Aung"), instructor: seeded("Wai Phyo Maung"), centerSlug: business.centerSlug },
  /** notifications-messaging.spec.ts: the operator (platform admin) by email; its students sign up fresh. */
  messaging: { operator: DEMO_ACCOUNTS.platformAdmin.email },
  /** privacy-journey.spec.ts: the operator by phone; its students sign up fresh. */
  privacy: { operator: DEMO_ACCOUNTS.platformAdmin.phone },
} as const;
