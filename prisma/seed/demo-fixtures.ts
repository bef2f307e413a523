/**
 * Facts about the demo data that tests and the login page rely on. The demo seed reads its centers,
 * accounts and newest course from here, so these values and the database cannot drift apart.
 * Log in with any phone or email below through the one-time-code flow (the dev outbox shows the code).
 */

export const DEMO_EMAIL_DOMAIN = "demo.mmso.mm";

export const DEMO_CENTERS = [
  {
    slug: "yangon-code-academy",
    nameEn: "Yangon Code Academy",
    nameMy: "ရန်ကုန် ကုဒ်ဒင်း အကယ်ဒမီ",
    city: "Yangon",
    status: "ACTIVE",
  },
  {
    slug: "mandalay-language-center",
    nameEn: "Mandalay Language & Arts Center",
    nameMy: "မန္တလေး ဘာသာစကားနှင့် အနုပညာ စင်တာ",
    city: "Mandalay",
    status: "ACTIVE",
  },
  {
    slug: "naypyitaw-exam-prep",
    nameEn: "Naypyitaw Exam Prep Center",
    nameMy: "နေပြည်တော် စာမေးပွဲ ပြင်ဆင်ရေး စင်တာ",
    city: "Naypyitaw",
    status: "ACTIVE",
  },
  {
    slug: "yangon-business-school",
    nameEn: "Yangon Business & Marketing School",
    nameMy: "ရန်ကုန် စီးပွားရေးနှင့် မားကတ်တင်း ကျောင်း",
    city: "Yangon",
    status: "ACTIVE",
  },
  {
    slug: "taunggyi-skills-center",
    nameEn: "Taunggyi Skills Center",
    nameMy: "တောင်ကြီး ကျွမ်းကျင်မှု စင်တာ",
    city: "Taunggyi",
    status: "PENDING",
  },
] as const;

export type DemoCenterSlug = (typeof DEMO_CENTERS)[number]["slug"];

export const DEMO_ACCOUNTS = {
  /** The operator (PlatformRole PLATFORM_ADMIN): approves centers, answers the support inbox. */
  platformAdmin: { name: "MMSO Operator", phone: "+959420000001", email: "operator@demo.mmso.mm", locale: "EN" },
  /** One OWNER per center, in DEMO_CENTERS order (the last one owns the PENDING center). */
  centerOwners: [
    { centerSlug: "yangon-code-academy", name: "ကျော်သူရ", nameEn: "Kyaw Thura", phone: "+959420000101", email: "kyaw.thura@demo.mmso.mm", locale: "MY" },
    { centerSlug: "mandalay-language-center", name: "ခင်မြတ်နိုး", nameEn: "Khin Myat Noe", phone: "+959420000201", email: "khin.myat.noe@demo.mmso.mm", locale: "MY" },
    { centerSlug: "naypyitaw-exam-prep", name: "တင်မောင်ဝင်း", nameEn: "Tin Maung Win", phone: "+959420000301", email: "tin.maung.win@demo.mmso.mm", locale: "MY" },
    { centerSlug: "yangon-business-school", name: "Sandar Win", nameEn: "Sandar Win", phone: "+959420000401", email: "sandar.win@demo.mmso.mm", locale: "EN" },
    { centerSlug: "taunggyi-skills-center", name: "စိုင်းအောင်ကျော်", nameEn: "Sai Aung Kyaw", phone: "+959420000501", email: "sai.aung.kyaw@demo.mmso.mm", locale: "MY" },
  ],
  /** An instructor of Yangon Code Academy who teaches several published courses (Python, JavaScript). */
  instructor: {
    centerSlug: "yangon-code-academy",
    name: "Min Htet Kyaw",
    displayNameEn: "U Min Htet Kyaw",
    displayNameMy: "ဦးမင်းထက်ကျော်",
    slug: "min-htet-kyaw",
    phone: "+959420000111",
    email: "min.htet.kyaw@demo.mmso.mm",
    locale: "EN",
  },
  /** Two students with paid enrollments; the first prefers Burmese, the second English. */
  students: [
    { name: "အောင်ကိုကို", nameEn: "Aung Ko Ko", phone: "+959790001001", email: "aung.ko.ko@demo.mmso.mm", locale: "MY" },
    { name: "Zin Mar Oo", nameEn: "Zin Mar Oo", phone: "+959790001002", email: "zin.mar.oo@demo.mmso.mm", locale: "EN" },
  ],
} as const;

/** The published course with the most recent publishedAt (exactly DEMO_ANCHOR). */
export const NEWEST_COURSE = {
  slug: "japanese-n5",
  titleEn: "Japanese for Beginners (JLPT N5)",
  titleMy: "စတင်သူများအတွက် ဂျပန်ဘာသာ (JLPT N5)",
  centerSlug: "mandalay-language-center",
} as const;

/** Course publication dates are fixed relative to this instant (never to the real clock). */
export const DEMO_ANCHOR = "2026-11-20T09:00:00Z";
