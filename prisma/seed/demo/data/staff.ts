import type { DemoCenterSlug } from "../../demo-fixtures.ts";

export type InstructorSeed = {
  /** key used by the course tables; also the public profile slug */
  key: string;
  nameEn: string;
  nameMy: string;
  displayNameEn: string;
  displayNameMy: string;
  headlineEn: string;
  headlineMy: string;
  bioEn: string;
  bioMy: string;
  locale: "EN" | "MY";
};

/** The second admin of each center (the owner comes from DEMO_ACCOUNTS). */
export const CENTER_ADMINS: Record<DemoCenterSlug, { nameEn: string; nameMy: string; locale: "EN" | "MY" }> = {
  "yangon-code-academy": { nameEn: "Nwe Ni Aung", nameMy: "နွယ်နီအောင်", locale: "MY" },
  "mandalay-language-center": { nameEn: "Aung Myint Myat", nameMy: "အောင်မြင့်မြတ်", locale: "MY" },
  "naypyitaw-exam-prep": { nameEn: "Aye Aye Khaing", nameMy: "အေးအေးခိုင်", locale: "MY" },
  "yangon-business-school": { nameEn: "Phyo Wai Aung", nameMy: "ဖြိုးဝေအောင်", locale: "EN" },
  "taunggyi-skills-center": { nameEn: "Nang Khin Zar", nameMy: "နန်းခင်ဇာ", locale: "MY" },
};

export const INSTRUCTORS: Record<DemoCenterSlug, readonly InstructorSeed[]> = {
  "yangon-code-academy": [
    {
      key: "min-htet-kyaw", nameEn: "Min Htet Kyaw", nameMy: "မင်းထက်ကျော်", locale: "EN",
      displayNameEn: "U Min Htet Kyaw", displayNameMy: "ဦးမင်းထက်ကျော်",
      headlineEn: "Senior software engineer, 12 years of Python and JavaScript",
      headlineMy: "Python နှင့် JavaScript ဖြင့် ၁၂ နှစ် လုပ်ကိုင်ခဲ့သော Senior Software Engineer",
      bioEn: "Min Htet has built payment and logistics systems for companies in Yangon and Singapore. He teaches the way he learned: small steps, real projects and plenty of practice.",
      bioMy: "မင်းထက်သည် ရန်ကုန်နှင့် စင်္ကာပူရှိ ကုမ္ပဏီများအတွက် ငွေပေးချေမှုနှင့် ကုန်စည်ပို့ဆောင်ရေး စနစ်များကို တည်ဆောက်ခဲ့သူ ဖြစ်သည်။ သူကိုယ်တိုင် လေ့လာခဲ့သည့်အတိုင်း အဆင့်ငယ်လေးများ၊ လက်တွေ့ ပရောဂျက်များနှင့် လေ့ကျင့်ခန်း များများဖြင့် သင်ကြားပေးပါသည်။",
    },
    {
      key: "hnin-ei-phyu", nameEn: "Hnin Ei Phyu", nameMy: "နှင်းအိဖြူ", locale: "MY",
      displayNameEn: "Daw Hnin Ei Phyu", displayNameMy: "ဒေါ်နှင်းအိဖြူ",
      headlineEn: "Data analyst and SQL trainer", headlineMy: "ဒေတာ ခွဲခြမ်းစိတ်ဖြာသူနှင့် SQL သင်တန်းဆရာမ",
      bioEn: "Hnin Ei has analysed sales and health data for NGOs and retail chains for nine years. She loves turning messy spreadsheets into clear answers.",
      bioMy: "နှင်းအိသည် အစိုးရမဟုတ်သော အဖွဲ့အစည်းများနှင့် လက်လီဆိုင်များအတွက် အရောင်းနှင့် ကျန်းမာရေး ဒေတာများကို ကိုးနှစ်ကြာ ခွဲခြမ်းစိတ်ဖြာခဲ့သူ ဖြစ်သည်။ ရှုပ်ထွေးနေသော spreadsheet များမှ ရှင်းလင်းသော အဖြေများ ထုတ်ယူရသည်ကို နှစ်သက်ပါသည်။",
    },
    {
      key: "zaw-lin-htun", nameEn: "Zaw Lin Htun", nameMy: "ဇော်လင်းထွန်း", locale: "MY",
      displayNameEn: "Ko Zaw Lin Htun", displayNameMy: "ကိုဇော်လင်းထွန်း",
      headlineEn: "Product designer and front-end developer", headlineMy: "Product Designer နှင့် Front-end Developer",
      bioEn: "Zaw Lin designs apps used by millions of people in Myanmar and teaches how to build interfaces that read well in Burmese.",
      bioMy: "ဇော်လင်းသည် မြန်မာနိုင်ငံရှိ လူသန်းချီ အသုံးပြုသော အက်ပ်များကို ဒီဇိုင်းဆွဲခဲ့ပြီး မြန်မာစာ ဖတ်ရလွယ်ကူသော interface များ ဖန်တီးနည်းကို သင်ကြားပေးပါသည်။",
    },
  ],
  "mandalay-language-center": [
    {
      key: "su-su-hlaing", nameEn: "Su Su Hlaing", nameMy: "စုစုလှိုင်", locale: "EN",
      displayNameEn: "Daw Su Su Hlaing", displayNameMy: "ဒေါ်စုစုလှိုင်",
      headlineEn: "CELTA-certified English and IELTS teacher", headlineMy: "CELTA လက်မှတ်ရ အင်္ဂလိပ်စာနှင့် IELTS ဆရာမ",
      bioEn: "Su Su has prepared more than 2,000 students for IELTS since 2014. Her classes are practical, friendly and full of speaking practice.",
      bioMy: "စုစုသည် ၂၀၁၄ ခုနှစ်မှစ၍ ကျောင်းသား ၂,၀၀၀ ကျော်ကို IELTS အတွက် ပြင်ဆင်ပေးခဲ့သူ ဖြစ်သည်။ သူမ၏ အတန်းများသည် လက်တွေ့ကျ၊ ဖော်ရွေပြီး စကားပြော လေ့ကျင့်ခန်းများ ပြည့်နှက်နေပါသည်။",
    },
    {
      key: "yan-naing-soe", nameEn: "Yan Naing Soe", nameMy: "ရန်နိုင်စိုး", locale: "MY",
      displayNameEn: "Ko Yan Naing Soe", displayNameMy: "ကိုရန်နိုင်စိုး",
      headlineEn: "Japanese (JLPT N1) and Korean teacher", headlineMy: "ဂျပန်ဘာသာ (JLPT N1) နှင့် ကိုရီးယားဘာသာ ဆရာ",
      bioEn: "Yan Naing lived and worked in Osaka and Busan for eight years. He helps students prepare for study and work in Japan, Korea and Thailand, and also teaches beginner Mandarin and Thai.",
      bioMy: "ရန်နိုင်သည် အိုဆာကာနှင့် ဘူဆန်မြို့များတွင် ရှစ်နှစ်ကြာ နေထိုင်အလုပ်လုပ်ခဲ့သူ ဖြစ်သည်။ ဂျပန်၊ ကိုရီးယားနှင့် ထိုင်းနိုင်ငံတို့တွင် ပညာသင်ရန်နှင့် အလုပ်လုပ်ရန် ပြင်ဆင်နေသူများကို ကူညီပေးနေပြီး အခြေခံ တရုတ်နှင့် ထိုင်းဘာသာကိုလည်း သင်ကြားပေးပါသည်။",
    },
    {
      key: "myo-myint", nameEn: "Myo Myint", nameMy: "မျိုးမြင့်", locale: "MY",
      displayNameEn: "Saya Myo Myint", displayNameMy: "ဆရာမျိုးမြင့်",
      headlineEn: "Musician: guitar and Myanmar harp", headlineMy: "ဂီတပညာရှင် - ဂီတာနှင့် မြန်မာစောင်း",
      bioEn: "Myo Myint has played the saung gauk since his childhood in Mandalay and has taught guitar and harp for twenty years.",
      bioMy: "မျိုးမြင့်သည် မန္တလေးတွင် ငယ်စဉ်ကတည်းက စောင်းကောက် တီးခတ်ခဲ့ပြီး ဂီတာနှင့် စောင်းကို နှစ်ပေါင်း နှစ်ဆယ် သင်ကြားပေးခဲ့ပါသည်။",
    },
  ],
  "naypyitaw-exam-prep": [
    {
      key: "thein-zaw", nameEn: "Thein Zaw", nameMy: "သိန်းဇော်", locale: "MY",
      displayNameEn: "Saya Thein Zaw", displayNameMy: "ဆရာသိန်းဇော်",
      headlineEn: "Mathematics and physics teacher", headlineMy: "သင်္ချာနှင့် ရူပဗေဒ ဆရာ",
      bioEn: "A former high school teacher with 18 years of matriculation classes, known for explaining hard problems in simple steps.",
      bioMy: "အထက်တန်းကျောင်း ဆရာဟောင်းဖြစ်ပြီး တက္ကသိုလ်ဝင် အတန်းများကို ၁၈ နှစ် သင်ကြားခဲ့သည်။ ခက်ခဲသော ပုစ္ဆာများကို ရိုးရှင်းသော အဆင့်များဖြင့် ရှင်းပြတတ်သူအဖြစ် လူသိများသည်။",
    },
    {
      key: "nu-nu-yi", nameEn: "Nu Nu Yi", nameMy: "နုနုရီ", locale: "MY",
      displayNameEn: "Sayama Nu Nu Yi", displayNameMy: "ဆရာမနုနုရီ",
      headlineEn: "Chemistry and English teacher", headlineMy: "ဓာတုဗေဒနှင့် အင်္ဂလိပ်စာ ဆရာမ",
      bioEn: "Nu Nu Yi teaches chemistry and English for the matriculation exam and coaches students on healthy study habits.",
      bioMy: "နုနုရီသည် တက္ကသိုလ်ဝင်စာမေးပွဲအတွက် ဓာတုဗေဒနှင့် အင်္ဂလိပ်စာကို သင်ကြားပေးပြီး ကျောင်းသားများကို ကျန်းမာသော စာကျက်နည်းများကိုလည်း လမ်းညွှန်ပေးပါသည်။",
    },
    {
      key: "may-zin-oo", nameEn: "May Zin Oo", nameMy: "မေဇင်ဦး", locale: "EN",
      displayNameEn: "Daw May Zin Oo", displayNameMy: "ဒေါ်မေဇင်ဦး",
      headlineEn: "ACCA-qualified accountant and LCCI tutor", headlineMy: "ACCA အရည်အချင်းရှိ စာရင်းကိုင်နှင့် LCCI နည်းပြ",
      bioEn: "May Zin worked in audit for ten years before teaching. She helps small business owners keep simple, honest books.",
      bioMy: "မေဇင်သည် သင်ကြားရေး မလုပ်မီ စာရင်းစစ်လုပ်ငန်းတွင် ဆယ်နှစ် လုပ်ကိုင်ခဲ့သည်။ အသေးစား လုပ်ငန်းရှင်များကို ရိုးရှင်းမှန်ကန်သော စာရင်းများ ထိန်းသိမ်းနိုင်အောင် ကူညီပေးပါသည်။",
    },
  ],
  "yangon-business-school": [
    {
      key: "htet-myat-aung", nameEn: "Htet Myat Aung", nameMy: "ထက်မြတ်အောင်", locale: "EN",
      displayNameEn: "Ko Htet Myat Aung", displayNameMy: "ကိုထက်မြတ်အောင်",
      headlineEn: "Digital marketer for 150+ Myanmar brands", headlineMy: "မြန်မာ အမှတ်တံဆိပ် ၁၅၀ ကျော်အတွက် ဒစ်ဂျစ်တယ် မားကတ်တာ",
      bioEn: "Htet Myat runs a digital agency in Yangon. He teaches what works for small shops with small budgets.",
      bioMy: "ထက်မြတ်သည် ရန်ကုန်တွင် ဒစ်ဂျစ်တယ် အေဂျင်စီတစ်ခုကို ဦးစီးလုပ်ကိုင်နေသူ ဖြစ်သည်။ ဘတ်ဂျက်နည်းသော ဆိုင်ငယ်များအတွက် တကယ်အလုပ်ဖြစ်သည့် နည်းလမ်းများကို သင်ကြားပေးပါသည်။",
    },
    {
      key: "yamin-thu", nameEn: "Yamin Thu", nameMy: "ယမင်းသူ", locale: "EN",
      displayNameEn: "Daw Yamin Thu", displayNameMy: "ဒေါ်ယမင်းသူ",
      headlineEn: "Business consultant and project manager (PMP)", headlineMy: "စီးပွားရေး အတိုင်ပင်ခံနှင့် ပရောဂျက်မန်နေဂျာ (PMP)",
      bioEn: "Yamin has advised more than 80 Myanmar startups and small businesses on planning, finance and project delivery.",
      bioMy: "ယမင်းသည် မြန်မာ စတားတပ်နှင့် အသေးစား လုပ်ငန်း ၈၀ ကျော်ကို စီမံကိန်းရေးဆွဲခြင်း၊ ငွေကြေးနှင့် ပရောဂျက် အကောင်အထည်ဖော်ခြင်းဆိုင်ရာ အကြံပေးခဲ့ပါသည်။",
    },
    {
      key: "wai-phyo-maung", nameEn: "Wai Phyo Maung", nameMy: "ဝေဖြိုးမောင်", locale: "MY",
      displayNameEn: "Dr. Wai Phyo Maung", displayNameMy: "ဒေါက်တာ ဝေဖြိုးမောင်",
      headlineEn: "Emergency physician and first aid trainer", headlineMy: "အရေးပေါ်ဌာန ဆရာဝန်နှင့် ရှေးဦးသူနာပြု နည်းပြ",
      bioEn: "Dr. Wai Phyo works in emergency care in Yangon and trains factory and office teams in first aid.",
      bioMy: "ဒေါက်တာ ဝေဖြိုးသည် ရန်ကုန်တွင် အရေးပေါ်ကုသရေး ဆရာဝန်အဖြစ် တာဝန်ထမ်းဆောင်နေပြီး စက်ရုံနှင့် ရုံးဝန်ထမ်းများကို ရှေးဦးသူနာပြုစုနည်း သင်ကြားပေးပါသည်။",
    },
  ],
  "taunggyi-skills-center": [
    {
      key: "sai-htun-lin", nameEn: "Sai Htun Lin", nameMy: "စိုင်းထွန်းလင်း", locale: "MY",
      displayNameEn: "Sai Htun Lin", displayNameMy: "စိုင်းထွန်းလင်း",
      headlineEn: "Computer skills trainer", headlineMy: "ကွန်ပျူတာ အသုံးပြုနည်း နည်းပြ",
      bioEn: "Sai Htun Lin teaches office computer skills to young people in southern Shan State.",
      bioMy: "စိုင်းထွန်းလင်းသည် ရှမ်းပြည်နယ်တောင်ပိုင်းရှိ လူငယ်များကို ရုံးသုံး ကွန်ပျူတာ အသုံးပြုနည်း သင်ကြားပေးပါသည်။",
    },
    {
      key: "nang-shwe-yee", nameEn: "Nang Shwe Yee", nameMy: "နန်းရွှေရည်", locale: "MY",
      displayNameEn: "Nang Shwe Yee", displayNameMy: "နန်းရွှေရည်",
      headlineEn: "Tourism and hospitality trainer", headlineMy: "ခရီးသွားလုပ်ငန်းနှင့် ဧည့်ဝန်ဆောင်မှု နည်းပြ",
      bioEn: "Nang Shwe Yee worked at hotels around Inle Lake for ten years and now trains hospitality staff.",
      bioMy: "နန်းရွှေရည်သည် အင်းလေးကန် ပတ်ဝန်းကျင်ရှိ ဟိုတယ်များတွင် ဆယ်နှစ်ကြာ လုပ်ကိုင်ခဲ့ပြီး ယခုအခါ ဧည့်ဝန်ဆောင်မှု ဝန်ထမ်းများကို လေ့ကျင့်ပေးနေပါသည်။",
    },
  ],
};
