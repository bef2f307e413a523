import type { DemoCenterSlug } from "../../demo-fixtures.ts";

export type CenterDetails = {
  descriptionEn: string;
  descriptionMy: string;
  addressEn: string;
  addressMy: string;
  contactPhone: string;
  /** days before the anchor the center signed up */
  signedUpDaysAgo: number;
  /** refund terms: window in days and the progress limit in percent */
  refund: { days: number; maxProgressPercent: number };
};

export const CENTER_DETAILS: Record<DemoCenterSlug, CenterDetails> = {
  "yangon-code-academy": {
    descriptionEn:
      "Hands-on programming, data and design courses taught in Burmese by working engineers. Small classes, real projects and a weekly live Q&A on Zoom.",
    descriptionMy:
      "လုပ်ငန်းခွင် အတွေ့အကြုံရှိ အင်ဂျင်နီယာများက မြန်မာဘာသာဖြင့် သင်ကြားပေးသော ပရိုဂရမ်ရေးသားခြင်း၊ ဒေတာနှင့် ဒီဇိုင်း သင်တန်းများ။ လက်တွေ့ ပရောဂျက်များနှင့် Zoom ဖြင့် အပတ်စဉ် တိုက်ရိုက် မေးဖြေကဏ္ဍ ပါဝင်ပါသည်။",
    addressEn: "No. 45, Dhammazedi Road, Bahan Township, Yangon",
    addressMy: "အမှတ် ၄၅၊ ဓမ္မစေတီလမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်မြို့",
    contactPhone: "+959421000145",
    signedUpDaysAgo: 240,
    refund: { days: 7, maxProgressPercent: 20 },
  },
  "mandalay-language-center": {
    descriptionEn:
      "English, Japanese, Chinese, Korean and Thai for study and work abroad, plus guitar and Myanmar harp lessons, from the heart of Mandalay.",
    descriptionMy:
      "ပြည်ပတွင် ပညာသင်ရန်နှင့် အလုပ်လုပ်ရန်အတွက် အင်္ဂလိပ်၊ ဂျပန်၊ တရုတ်၊ ကိုရီးယားနှင့် ထိုင်း ဘာသာစကား သင်တန်းများအပြင် ဂီတာနှင့် မြန်မာစောင်း သင်တန်းများကိုလည်း မန္တလေးမြို့လယ်မှ ဖွင့်လှစ်ထားပါသည်။",
    addressEn: "No. 112, 26th Street (between 82nd and 83rd Streets), Chanayethazan Township, Mandalay",
    addressMy: "အမှတ် ၁၁၂၊ ၂၆ လမ်း (၈၂ လမ်းနှင့် ၈၃ လမ်းကြား)၊ ချမ်းအေးသာစံမြို့နယ်၊ မန္တလေးမြို့",
    contactPhone: "+959402000112",
    signedUpDaysAgo: 220,
    refund: { days: 14, maxProgressPercent: 30 },
  },
  "naypyitaw-exam-prep": {
    descriptionEn:
      "Matriculation exam preparation in mathematics, physics, chemistry and English, and LCCI accounting, with past-paper practice and live revision classes.",
    descriptionMy:
      "သင်္ချာ၊ ရူပဗေဒ၊ ဓာတုဗေဒနှင့် အင်္ဂလိပ်စာ ဘာသာရပ်များအတွက် တက္ကသိုလ်ဝင်စာမေးပွဲ ပြင်ဆင်ရေး သင်တန်းများနှင့် LCCI စာရင်းကိုင် သင်တန်းများ။ မေးခွန်းဟောင်း လေ့ကျင့်ခန်းများနှင့် တိုက်ရိုက် ပြန်လည်လေ့ကျင့်ရေး အတန်းများ ပါဝင်ပါသည်။",
    addressEn: "Plot 18, near Thabyegone Market, Zabuthiri Township, Naypyitaw",
    addressMy: "မြေကွက် ၁၈၊ သပြေကုန်းဈေး အနီး၊ ဇမ္ဗူသီရိမြို့နယ်၊ နေပြည်တော်",
    contactPhone: "+959672000018",
    signedUpDaysAgo: 200,
    refund: { days: 7, maxProgressPercent: 20 },
  },
  "yangon-business-school": {
    descriptionEn: "Practical business, marketing and accounting courses for Myanmar entrepreneurs and office professionals.",
    descriptionMy: "မြန်မာ လုပ်ငန်းရှင်များနှင့် ရုံးဝန်ထမ်းများအတွက် လက်တွေ့ကျသော စီးပွားရေး၊ မားကတ်တင်းနှင့် စာရင်းကိုင် သင်တန်းများ။",
    addressEn: "Room 702, Pansodan Business Tower, Kyauktada Township, Yangon",
    addressMy: "အခန်း ၇၀၂၊ ပန်းဆိုးတန်း စီးပွားရေး အဆောက်အအုံ၊ ကျောက်တံတားမြို့နယ်၊ ရန်ကုန်မြို့",
    contactPhone: "+959451000702",
    signedUpDaysAgo: 180,
    refund: { days: 7, maxProgressPercent: 20 },
  },
  "taunggyi-skills-center": {
    descriptionEn: "Computer, tourism and hospitality skills for young people in southern Shan State.",
    descriptionMy: "ရှမ်းပြည်နယ်တောင်ပိုင်းရှိ လူငယ်များအတွက် ကွန်ပျူတာ၊ ခရီးသွားလုပ်ငန်းနှင့် ဧည့်ဝန်ဆောင်မှု ကျွမ်းကျင်မှု သင်တန်းများ။",
    addressEn: "No. 9, Bogyoke Aung San Road, Taunggyi",
    addressMy: "အမှတ် ၉၊ ဗိုလ်ချုပ်အောင်ဆန်းလမ်း၊ တောင်ကြီးမြို့",
    contactPhone: "+959428000009",
    signedUpDaysAgo: 3,
    refund: { days: 7, maxProgressPercent: 20 },
  },
};
