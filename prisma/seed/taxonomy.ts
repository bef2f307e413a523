/** Categories and professions every installation has. Slugs are natural keys: never rename one. */
export type TaxonomyEntry = { slug: string; nameEn: string; nameMy: string };

export const CATEGORIES: readonly TaxonomyEntry[] = [
  { slug: "programming", nameEn: "Programming", nameMy: "ပရိုဂရမ်ရေးသားခြင်း" },
  { slug: "languages", nameEn: "Languages", nameMy: "ဘာသာစကား" },
  { slug: "business", nameEn: "Business", nameMy: "စီးပွားရေး" },
  { slug: "design", nameEn: "Design", nameMy: "ဒီဇိုင်း" },
  { slug: "exam-preparation", nameEn: "Exam preparation (matriculation)", nameMy: "တက္ကသိုလ်ဝင်စာမေးပွဲ ပြင်ဆင်ခြင်း" },
  { slug: "accounting", nameEn: "Accounting", nameMy: "စာရင်းကိုင်" },
  { slug: "digital-marketing", nameEn: "Digital marketing", nameMy: "ဒစ်ဂျစ်တယ် မားကတ်တင်း" },
  { slug: "music", nameEn: "Music", nameMy: "ဂီတ" },
  { slug: "health", nameEn: "Health", nameMy: "ကျန်းမာရေး" },
  { slug: "data", nameEn: "Data and analytics", nameMy: "ဒေတာနှင့် ခွဲခြမ်းစိတ်ဖြာမှု" },
];

export const PROFESSIONS: readonly TaxonomyEntry[] = [
  { slug: "student", nameEn: "Student", nameMy: "ကျောင်းသား/ကျောင်းသူ" },
  { slug: "teacher", nameEn: "Teacher", nameMy: "ဆရာ/ဆရာမ" },
  { slug: "software-developer", nameEn: "Software developer", nameMy: "ဆော့ဖ်ဝဲ ရေးသားသူ" },
  { slug: "office-worker", nameEn: "Office worker", nameMy: "ရုံးဝန်ထမ်း" },
  { slug: "business-owner", nameEn: "Business owner", nameMy: "လုပ်ငန်းရှင်" },
  { slug: "accountant", nameEn: "Accountant", nameMy: "စာရင်းကိုင်" },
  { slug: "healthcare-worker", nameEn: "Healthcare worker", nameMy: "ကျန်းမာရေး ဝန်ထမ်း" },
  { slug: "designer", nameEn: "Designer", nameMy: "ဒီဇိုင်နာ" },
  { slug: "sales-marketing", nameEn: "Sales and marketing", nameMy: "အရောင်းနှင့် မားကတ်တင်း" },
  { slug: "freelancer", nameEn: "Freelancer", nameMy: "ဖရီးလန်ဆာ" },
  { slug: "government-staff", nameEn: "Government staff", nameMy: "နိုင်ငံ့ဝန်ထမ်း" },
  { slug: "job-seeker", nameEn: "Job seeker", nameMy: "အလုပ်ရှာဖွေနေသူ" },
];
