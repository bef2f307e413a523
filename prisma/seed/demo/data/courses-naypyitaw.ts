import type { CenterCourses } from "./types.ts";

export const NAYPYITAW_COURSES: CenterCourses = {
  center: "naypyitaw-exam-prep",
  courses: [
    {
      slug: "matric-mathematics", category: "exam-preparation", level: "INTERMEDIATE", language: "MY", price: 150_000,
      instructors: ["thein-zaw"], live: true,
      title: ["Matriculation Mathematics: Complete Revision", "တက္ကသိုလ်ဝင် သင်္ချာ ပြန်လည်လေ့ကျင့်ခြင်း"],
      summary: ["Every chapter of Grade 12 maths, with past-paper practice.", "ဂရိတ် ၁၂ သင်္ချာ အခန်းတိုင်းကို မေးခွန်းဟောင်းများဖြင့် လေ့ကျင့်ပါ။"],
      about: ["Algebra, calculus and exam technique, with weekly live revision classes before the exam.", "အက္ခရာသင်္ချာ၊ ကဲကုလပ်နှင့် စာမေးပွဲဖြေဆိုနည်းများကို စာမေးပွဲမတိုင်မီ အပတ်စဉ် တိုက်ရိုက် ပြန်လည်လေ့ကျင့်ရေး အတန်းများဖြင့် သင်ကြားပေးပါသည်။"],
      sections: [
        ["Algebra", "အက္ခရာသင်္ချာ", [["Functions", "ဖန်ရှင်များ"], ["Quadratic equations", "နှစ်ထပ်ကိန်း ညီမျှခြင်းများ"], ["Sequences and series", "ကိန်းစဉ်နှင့် ကိန်းတန်း"]]],
        ["Calculus", "ကဲကုလပ်", [["Differentiation", "ဒစ်ဖရင်ရှီယေးရှင်း"], ["Integration", "အင်တီဂရေးရှင်း"]]],
        ["Exam practice", "စာမေးပွဲ လေ့ကျင့်ခန်း", [["Past paper walkthrough", "မေးခွန်းဟောင်းများ ဖြေရှင်းခြင်း"], ["Managing time in the exam hall", "စာမေးပွဲခန်းအတွင်း အချိန် စီမံခြင်း"]]],
      ],
    },
    {
      slug: "matric-physics", category: "exam-preparation", level: "INTERMEDIATE", language: "MY", price: 140_000,
      instructors: ["thein-zaw"], live: true,
      title: ["Matriculation Physics", "တက္ကသိုလ်ဝင် ရူပဗေဒ"],
      summary: ["Understand the laws, then master the numerical problems.", "နိယာမများကို နားလည်ပြီး ဂဏန်းတွက် ပုစ္ဆာများကို ကျွမ်းကျင်အောင် လေ့ကျင့်ပါ။"],
      about: ["Motion, energy and electricity explained with simple experiments you can do at home.", "ရွေ့လျားမှု၊ စွမ်းအင်နှင့် လျှပ်စစ်ကို အိမ်တွင် ကိုယ်တိုင်လုပ်နိုင်သော ရိုးရှင်းသည့် စမ်းသပ်မှုများဖြင့် ရှင်းပြပေးပါသည်။"],
      sections: [
        ["Motion and forces", "ရွေ့လျားမှုနှင့် အားများ", [["Newton's laws of motion", "နယူတန်၏ ရွေ့လျားမှု နိယာမများ"], ["Work, energy and power", "အလုပ်၊ စွမ်းအင်နှင့် ပါဝါ"]]],
        ["Electricity and magnetism", "လျှပ်စစ်နှင့် သံလိုက်", [["Ohm's law", "အုမ်း၏ နိယာမ"], ["Electric circuits", "လျှပ်စစ် ဆားကစ်များ"], ["Magnetism", "သံလိုက်ဓာတ်"]]],
        ["Exam practice", "စာမေးပွဲ လေ့ကျင့်ခန်း", [["Solving numerical problems", "ဂဏန်းတွက် ပုစ္ဆာများ ဖြေရှင်းခြင်း"], ["Past papers", "မေးခွန်းဟောင်းများ"]]],
      ],
    },
    {
      slug: "matric-chemistry", category: "exam-preparation", level: "INTERMEDIATE", language: "MY", price: 140_000,
      instructors: ["nu-nu-yi"],
      title: [null, "တက္ကသိုလ်ဝင် ဓာတုဗေဒ"],
      summary: [null, "ဓာတုဗေဒ အခြေခံ သဘောတရားများမှ အော်ဂဲနစ် ဓာတုဗေဒအထိ စာမေးပွဲအတွက် ပြည့်စုံစွာ ပြင်ဆင်ပါ။"],
      about: [null, "မိုးလ် တွက်နည်း၊ ဓာတ်ပြုညီမျှခြင်း ချိန်ညှိခြင်းနှင့် အော်ဂဲနစ် ဓာတုဗေဒတို့ကို မေးခွန်းဟောင်းများဖြင့် အဆင့်ဆင့် လေ့ကျင့်ပေးပါသည်။"],
      sections: [
        [null, "ဓာတုဗေဒ အခြေခံ", [[null, "ဒြပ်စင်နှင့် ဒြပ်ပေါင်းများ"], [null, "မိုးလ် သဘောတရား"], [null, "ဓာတ်ပြုညီမျှခြင်း ချိန်ညှိခြင်း"]]],
        [null, "အော်ဂဲနစ် ဓာတုဗေဒ", [[null, "ဟိုက်ဒရိုကာဗွန်များ"], [null, "မေးခွန်းဟောင်းများ ဖြေရှင်းခြင်း"]]],
      ],
    },
    {
      slug: "matric-english", category: "exam-preparation", level: "INTERMEDIATE", language: "BILINGUAL", price: 120_000,
      instructors: ["nu-nu-yi"],
      title: ["Matriculation English", "တက္ကသိုလ်ဝင် အင်္ဂလိပ်စာ"],
      summary: ["Grammar and writing for a distinction in English.", "အင်္ဂလိပ်စာ ဂုဏ်ထူးရရန် သဒ္ဒါနှင့် စာရေးသားခြင်း။"],
      about: ["The grammar points that appear every year, and model answers for paragraphs, essays and letters.", "နှစ်စဉ် မေးလေ့ရှိသော သဒ္ဒါအချက်များနှင့် စာပိုဒ်၊ စာစီစာကုံးနှင့် စာရေးသားခြင်းအတွက် နမူနာ အဖြေများ။"],
      sections: [
        ["Grammar", "သဒ္ဒါ", [["Tenses review", "Tense များ ပြန်လည်လေ့လာခြင်း"], ["Reported speech", "Reported Speech"], ["The passive voice", "Passive Voice"]]],
        ["Writing", "စာရေးသားခြင်း", [["Paragraphs and essays", "စာပိုဒ်နှင့် စာစီစာကုံး"], ["Letter writing", "ပေးစာ ရေးသားခြင်း"]]],
      ],
    },
    {
      slug: "lcci-accounting-level-1", category: "accounting", level: "BEGINNER", language: "BILINGUAL", price: 130_000,
      instructors: ["may-zin-oo"], live: true,
      title: ["LCCI Bookkeeping and Accounting Level 1", "LCCI စာရင်းကိုင် အဆင့် ၁"],
      summary: ["Double-entry bookkeeping to the trial balance and final accounts.", "နှစ်ထပ်စာရင်းစနစ်မှ Trial Balance နှင့် နောက်ဆုံး ငွေစာရင်းများအထိ။"],
      about: ["Prepare for the LCCI Level 1 exam with worked examples and timed practice papers.", "တွက်ပြထားသော ဥပမာများနှင့် အချိန်မှတ် လေ့ကျင့်ခန်း စာမေးပွဲများဖြင့် LCCI အဆင့် ၁ စာမေးပွဲအတွက် ပြင်ဆင်ပါ။"],
      sections: [
        ["Double-entry bookkeeping", "နှစ်ထပ်စာရင်း စနစ်", [["The accounting equation", "စာရင်းကိုင် ညီမျှခြင်း"], ["Debits and credits", "Debit နှင့် Credit"], ["Journals and ledgers", "ဂျာနယ်နှင့် လယ်ဂျာ"]]],
        ["Financial statements", "ငွေစာရင်း ရှင်းတမ်းများ", [["The trial balance", "Trial Balance"], ["The income statement", "ဝင်ငွေ ရှင်းတမ်း"], ["The balance sheet", "လက်ကျန် ရှင်းတမ်း"]]],
      ],
    },
    {
      slug: "small-business-bookkeeping", category: "accounting", level: "BEGINNER", language: "MY", price: 65_000,
      instructors: ["may-zin-oo"],
      title: ["Bookkeeping for Small Businesses", "အသေးစား လုပ်ငန်းများအတွက် စာရင်းထိန်းခြင်း"],
      summary: ["Know your real profit every month.", "လစဉ် သင့်လုပ်ငန်း၏ တကယ့်အမြတ်ကို သိပါစေ။"],
      about: ["Simple daily records for shops and home businesses, including cash, mobile money and commercial tax basics.", "ဆိုင်များနှင့် အိမ်တွင်းလုပ်ငန်းများအတွက် ငွေသား၊ မိုဘိုင်းငွေနှင့် ကုန်သွယ်လုပ်ငန်းခွန် အခြေခံများ အပါအဝင် ရိုးရှင်းသော နေ့စဉ် မှတ်တမ်းများ။"],
      sections: [
        ["Daily records", "နေ့စဉ် မှတ်တမ်းများ", [["Recording sales and expenses", "အရောင်းနှင့် အသုံးစရိတ် မှတ်တမ်းတင်ခြင်း"], ["Cash and mobile money", "ငွေသားနှင့် မိုဘိုင်းငွေ"]]],
        ["Monthly review", "လစဉ် သုံးသပ်ခြင်း", [["Profit and loss", "အရှုံးအမြတ်"], ["Commercial tax basics", "ကုန်သွယ်လုပ်ငန်းခွန် အခြေခံ"]]],
      ],
    },
    {
      slug: "healthy-study-habits", category: "health", level: "ALL_LEVELS", language: "MY", price: 30_000,
      instructors: ["nu-nu-yi"],
      title: ["Healthy Study Habits: Sleep, Food and Exam Stress", "ကျန်းမာသော စာကျက်နည်း - အိပ်စက်ခြင်း၊ အစားအသောက်နှင့် စာမေးပွဲ စိတ်ဖိစီးမှု"],
      summary: ["Study better by looking after your body and mind.", "ခန္ဓာကိုယ်နှင့် စိတ်ကို ဂရုစိုက်ခြင်းဖြင့် ပိုမိုထိရောက်စွာ စာကျက်ပါ။"],
      about: ["For students and parents: sleep, nutrition on a budget, a realistic timetable and ways to handle exam stress.", "ကျောင်းသားများနှင့် မိဘများအတွက် အိပ်စက်ခြင်း၊ ငွေကုန်သက်သာသော အာဟာရ၊ လက်တွေ့ကျသော စာကျက်ချိန်ဇယားနှင့် စာမေးပွဲ စိတ်ဖိစီးမှုကို ကိုင်တွယ်နည်းများ။"],
      sections: [
        ["Body", "ခန္ဓာကိုယ်", [["Sleep and memory", "အိပ်စက်ခြင်းနှင့် မှတ်ဉာဏ်"], ["Eating well on a budget", "ငွေကုန်သက်သာစွာ အာဟာရပြည့်ဝစွာ စားသောက်ခြင်း"]]],
        ["Mind", "စိတ်", [["Managing exam stress", "စာမေးပွဲ စိတ်ဖိစီးမှုကို ထိန်းချုပ်ခြင်း"], ["Making a study timetable", "စာကျက်ချိန်ဇယား ရေးဆွဲခြင်း"]]],
      ],
    },
    {
      slug: "matric-biology", category: "exam-preparation", level: "INTERMEDIATE", language: "MY", price: 140_000, draft: true,
      instructors: ["nu-nu-yi"],
      title: ["Matriculation Biology", "တက္ကသိုလ်ဝင် ဇီဝဗေဒ"],
      summary: ["Cells, genetics and human biology for the exam.", "စာမေးပွဲအတွက် ဆဲလ်၊ မျိုးရိုးဗီဇနှင့် လူ့ဇီဝဗေဒ။"],
      about: ["Clear diagrams and memory techniques for every biology chapter.", "ဇီဝဗေဒ အခန်းတိုင်းအတွက် ရှင်းလင်းသော ပုံများနှင့် မှတ်မိလွယ်သော နည်းလမ်းများ။"],
      sections: [
        ["Cells", "ဆဲလ်များ", [["Cell structure", "ဆဲလ် ဖွဲ့စည်းပုံ"], ["Cell division", "ဆဲလ် ပွားများခြင်း"]]],
        ["Genetics", "မျိုးရိုးဗီဇ", [["Mendel's laws", "မင်ဒယ်၏ နိယာမများ"], ["DNA", "DNA"]]],
      ],
    },
  ],
};
