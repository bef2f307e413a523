import { DEMO_ACCOUNTS, DEMO_CENTERS } from "../demo-fixtures.ts";
import { demoEmail } from "./contacts.ts";
import type { BuiltCenter, BuiltInstructor, DemoContext } from "./context.ts";
import { CENTER_DETAILS } from "./data/centers.ts";
import { CENTER_ADMINS, INSTRUCTORS } from "./data/staff.ts";
import { formatNumber } from "./format.ts";
import { ANCHOR, DAY, addMs, daysBefore } from "./time.ts";

const COMMISSION_BPS = 1000;

type Person = { name: string; phone: string | null; email: string | null; locale: "EN" | "MY"; at: Date; role?: "PLATFORM_ADMIN" };

/** Adds a user row (verified contacts, age confirmed) and returns its id. */
export function addUser(ctx: DemoContext, person: Person): string {
  const id = ctx.ids.uuid(person.at);
  ctx.rows.users.push({
    id,
    name: person.name,
    phone: person.phone,
    email: person.email,
    phoneVerifiedAt: person.phone ? person.at : null,
    emailVerified: person.email ? person.at : null,
    locale: person.locale,
    role: person.role ?? "USER",
    status: "ACTIVE",
    ageConfirmedAt: person.at,
    lastLoginAt: addMs(ANCHOR, -ctx.rng.int(1, 240) * 3_600_000),
    createdAt: person.at,
  });
  return id;
}

/** The operator, the five centers with their refund terms, staff, memberships and instructor profiles. */
export function buildCenters(ctx: DemoContext): void {
  const admin = DEMO_ACCOUNTS.platformAdmin;
  ctx.platformAdminId = addUser(ctx, { ...admin, at: daysBefore(ANCHOR, 300), role: "PLATFORM_ADMIN" });

  for (const [index, fixture] of DEMO_CENTERS.entries()) {
    const details = CENTER_DETAILS[fixture.slug];
    const createdAt = daysBefore(ANCHOR, details.signedUpDaysAgo);
    const active = fixture.status === "ACTIVE";
    const id = ctx.ids.uuid(createdAt);
    const owner = DEMO_ACCOUNTS.centerOwners[index];
    if (!owner || owner.centerSlug !== fixture.slug) throw new Error(`DEMO_ACCOUNTS.centerOwners[${index}] is not the owner of ${fixture.slug}`);

    const ownerId = addUser(ctx, { name: owner.name, phone: owner.phone, email: owner.email, locale: owner.locale, at: createdAt });
    const second = CENTER_ADMINS[fixture.slug];
    const adminAt = addMs(createdAt, 2 * DAY);
    const adminId = addUser(ctx, {
      name: second.locale === "MY" ? second.nameMy : second.nameEn,
      phone: ctx.nextPhone(),
      email: demoEmail(second.nameEn),
      locale: second.locale,
      at: adminAt,
    });

    ctx.rows.centers.push({
      id,
      slug: fixture.slug,
      nameEn: fixture.nameEn,
      nameMy: fixture.nameMy,
      descriptionEn: details.descriptionEn,
      descriptionMy: details.descriptionMy,
      addressEn: details.addressEn,
      addressMy: details.addressMy,
      contactPhone: details.contactPhone,
      contactEmail: `${fixture.slug}@demo.mmso.mm`,
      status: fixture.status,
      commissionRateBps: COMMISSION_BPS,
      approvedAt: active ? addMs(createdAt, DAY) : null,
      approvedById: active ? ctx.platformAdminId : null,
      createdAt,
    });
    const refundPolicyId = ctx.ids.uuid(createdAt);
    const { days, maxProgressPercent } = details.refund;
    ctx.rows.centerRefundPolicies.push({
      id: refundPolicyId,
      centerId: id,
      refundWindowDays: days,
      maxProgressPercent,
      termsEn: `Full refund within ${days} days of purchase if you have completed less than ${maxProgressPercent}% of the lessons. After that, refunds are at the center's discretion. Refunds go back to your original payment method and end your access to the course.`,
      termsMy: `ဝယ်ယူပြီး ${formatNumber(days, "MY")} ရက်အတွင်း သင်ခန်းစာများ၏ ${formatNumber(maxProgressPercent, "MY")} ရာခိုင်နှုန်းအောက်သာ ပြီးဆုံးထားပါက ငွေအပြည့် ပြန်အမ်းပါသည်။ ထို့နောက်ပိုင်းတွင် ငွေပြန်အမ်းခြင်းကို စင်တာက ဆုံးဖြတ်ပါသည်။ ပြန်အမ်းငွေကို မူလ ငွေပေးချေခဲ့သည့် နည်းလမ်းသို့ ပေးပို့ပြီး သင်တန်းသို့ ဝင်ရောက်ခွင့် ရပ်ဆိုင်းပါမည်။`,
      effectiveAt: createdAt,
      createdAt,
    });
    ctx.rows.memberships.push(
      { id: ctx.ids.uuid(createdAt), centerId: id, userId: ownerId, role: "OWNER", createdAt },
      { id: ctx.ids.uuid(adminAt), centerId: id, userId: adminId, role: "ADMIN", createdAt: adminAt },
    );

    const center: BuiltCenter = {
      slug: fixture.slug,
      id,
      active,
      nameEn: fixture.nameEn,
      nameMy: fixture.nameMy,
      createdAt,
      commissionRateBps: COMMISSION_BPS,
      ownerId,
      refundPolicyId,
      instructors: INSTRUCTORS[fixture.slug].map((seed, position) => addInstructor(ctx, id, seed, addMs(createdAt, (3 + position) * DAY))),
    };
    ctx.centers.push(center);
  }
}

function addInstructor(ctx: DemoContext, centerId: string, seed: (typeof INSTRUCTORS)[keyof typeof INSTRUCTORS][number], at: Date): BuiltInstructor {
  const fixture = DEMO_ACCOUNTS.instructor;
  const isFixture = seed.key === fixture.slug;
  const userId = addUser(ctx, {
    name: seed.locale === "MY" ? seed.nameMy : seed.nameEn,
    phone: isFixture ? fixture.phone : ctx.nextPhone(),
    email: isFixture ? fixture.email : demoEmail(seed.nameEn),
    locale: seed.locale,
    at,
  });
  const profileId = ctx.ids.uuid(at);
  ctx.rows.instructorProfiles.push({
    id: profileId,
    userId,
    slug: seed.key,
    displayNameEn: seed.displayNameEn,
    displayNameMy: seed.displayNameMy,
    headlineEn: seed.headlineEn,
    headlineMy: seed.headlineMy,
    bioEn: seed.bioEn,
    bioMy: seed.bioMy,
    createdAt: at,
  });
  ctx.rows.memberships.push({ id: ctx.ids.uuid(at), centerId, userId, role: "INSTRUCTOR", createdAt: at });
  return { key: seed.key, profileId, userId, displayNameEn: seed.displayNameEn, displayNameMy: seed.displayNameMy };
}
