import type { CenterCourses } from "./types.ts";

export const MANDALAY_COURSES: CenterCourses = {
  center: "mandalay-language-center",
  courses: [
    {
      slug: "everyday-english-speaking", category: "languages", level: "BEGINNER", language: "BILINGUAL", price: 50_000,
      instructors: ["su-su-hlaing"], live: true,
      title: ["Everyday English Speaking for Beginners", "စတင်သူများအတွက် နေ့စဉ်သုံး အင်္ဂလိပ်စကားပြော"],
      summary: ["Speak English with confidence in daily situations.", "နေ့စဉ်ဘဝ အခြေအနေများတွင် အင်္ဂလိပ်စကားကို ယုံကြည်မှုရှိရှိ ပြောဆိုပါ။"],
      about: ["Short, practical lessons for the market, the office and the phone, with pronunciation practice in every section.", "ဈေး၊ ရုံးနှင့် ဖုန်းပြောဆိုရာတွင် အသုံးဝင်သော တိုတောင်းပြီး လက်တွေ့ကျသည့် သင်ခန်းစာများဖြစ်ပြီး အပိုင်းတိုင်းတွင် အသံထွက် လေ့ကျင့်ခန်း ပါဝင်ပါသည်။"],
      sections: [
        ["Getting started", "စတင်ခြင်း", [["Greetings and introductions", "နှုတ်ဆက်ခြင်းနှင့် မိမိကိုယ်ကို မိတ်ဆက်ခြင်း"], ["Numbers, dates and prices", "ဂဏန်း၊ ရက်စွဲနှင့် ဈေးနှုန်းများ"]]],
        ["Daily situations", "နေ့စဉ်ဘဝ", [["At the market", "ဈေးထဲတွင်"], ["Asking for directions", "လမ်းမေးခြင်း"], ["Talking on the phone", "ဖုန်းပြောခြင်း"]]],
        ["Building confidence", "ယုံကြည်မှု တည်ဆောက်ခြင်း", [["Pronunciation practice", "အသံထွက် လေ့ကျင့်ခြင်း"], ["Small talk", "ပေါ့ပေါ့ပါးပါး စကားစမြည်ပြောခြင်း"]]],
      ],
    },
    {
      slug: "ielts-preparation", category: "languages", level: "INTERMEDIATE", language: "BILINGUAL", price: 200_000,
      instructors: ["su-su-hlaing"], live: true,
      title: ["IELTS Preparation: Band 6.5 and Above", "IELTS ပြင်ဆင်ခြင်း - Band 6.5 နှင့်အထက်"],
      summary: ["Strategies and practice for all four IELTS skills.", "IELTS ကျွမ်းကျင်မှု လေးမျိုးလုံးအတွက် နည်းဗျူဟာများနှင့် လေ့ကျင့်ခန်းများ။"],
      about: ["Listening, Reading, Writing and Speaking with timed practice, marked essays and a mock speaking test.", "Listening၊ Reading၊ Writing နှင့် Speaking တို့ကို အချိန်မှတ် လေ့ကျင့်ခန်းများ၊ အမှတ်ပေး စစ်ဆေးထားသော essay များနှင့် စမ်းသပ် Speaking စာမေးပွဲဖြင့် ပြင်ဆင်ပါမည်။"],
      sections: [
        ["Listening and Reading", "Listening နှင့် Reading", [["Listening: note completion", "Listening - မှတ်စုဖြည့်ခြင်း"], ["Reading: True, False or Not Given", "Reading - True၊ False သို့မဟုတ် Not Given"], ["Managing your time", "အချိန် စီမံခန့်ခွဲခြင်း"]]],
        ["Writing", "Writing", [["Task 1: describing charts", "Task 1 - ဇယားများကို ဖော်ပြခြင်း"], ["Task 2: opinion essays", "Task 2 - အမြင်ဖော်ပြ စာစီစာကုံး"]]],
        ["Speaking", "Speaking", [["Part 2: the long turn", "Part 2 - တစ်ဦးတည်း အကြာပြောခြင်း"], ["Mock speaking test", "စမ်းသပ် Speaking စာမေးပွဲ"]]],
      ],
    },
    {
      slug: "ielts-writing-task-2", category: "languages", level: "ADVANCED", language: "EN", price: 75_000,
      instructors: ["su-su-hlaing"],
      title: ["IELTS Writing Task 2 Masterclass", null],
      summary: ["Plan and write a Band 7 essay in 40 minutes.", null],
      about: ["An English-only masterclass on question analysis, paragraph structure and the vocabulary examiners reward.", null],
      sections: [
        ["Understanding the task", null, [["Reading the question carefully", null], ["Planning in five minutes", null]]],
        ["Writing the essay", null, [["Introductions that answer the question", null], ["Body paragraphs with strong examples", null], ["Cohesion and linking words", null]]],
      ],
    },
    {
      slug: "japanese-n5", category: "languages", level: "BEGINNER", language: "MY", price: 90_000,
      instructors: ["yan-naing-soe"], live: true,
      title: ["Japanese for Beginners (JLPT N5)", "စတင်သူများအတွက် ဂျပန်ဘာသာ (JLPT N5)"],
      summary: ["Hiragana, katakana and the grammar you need for JLPT N5.", "JLPT N5 အတွက် လိုအပ်သော ဟီရာဂါနာ၊ ခါတခါနာနှင့် သဒ္ဒါ။"],
      about: ["Taught in Burmese by a teacher who lived in Japan. Ideal before study or technical intern training in Japan.", "ဂျပန်နိုင်ငံတွင် နေထိုင်ခဲ့သော ဆရာက မြန်မာလို သင်ကြားပေးပါသည်။ ဂျပန်တွင် ပညာသင်ရန် သို့မဟုတ် နည်းပညာ အလုပ်သင်အဖြစ် သွားရောက်မည့်သူများအတွက် အထူးသင့်လျော်ပါသည်။"],
      sections: [
        ["Kana", "ကာနာ", [["Hiragana", "ဟီရာဂါနာ"], ["Katakana", "ခါတခါနာ"]]],
        ["Grammar", "သဒ္ဒါ", [["The です and ます forms", "です နှင့် ます ပုံစံများ"], ["Particles は, が and を", "は၊ が နှင့် を particle များ"], ["Counting and telling the time", "ရေတွက်ခြင်းနှင့် အချိန်ပြောခြင်း"]]],
        ["Practice", "လေ့ကျင့်ခန်း", [["Introducing yourself in Japanese", "ဂျပန်လို မိမိကိုယ်ကို မိတ်ဆက်ခြင်း"], ["N5 practice test", "N5 စမ်းသပ် စာမေးပွဲ"]]],
      ],
    },
    {
      slug: "chinese-hsk1", category: "languages", level: "BEGINNER", language: "MY", price: 80_000,
      instructors: ["yan-naing-soe"],
      title: ["Mandarin Chinese HSK 1", "တရုတ်ဘာသာ (မန်ဒရင်း) HSK 1"],
      summary: ["Pinyin, tones and everyday Mandarin for HSK 1.", "HSK 1 အတွက် ပင်ယင်၊ အသံအနိမ့်အမြင့်နှင့် နေ့စဉ်သုံး မန်ဒရင်း။"],
      about: ["Useful for trade and work with Chinese partners: greetings, numbers, shopping and family in 150 words.", "တရုတ် လုပ်ဖော်ကိုင်ဖက်များနှင့် ကုန်သွယ်ရာ၊ အလုပ်လုပ်ရာတွင် အသုံးဝင်သော နှုတ်ဆက်ခြင်း၊ ဂဏန်း၊ ဈေးဝယ်ခြင်းနှင့် မိသားစုဆိုင်ရာ စကားလုံး ၁၅၀။"],
      sections: [
        ["Pinyin", "ပင်ယင်", [["The four tones", "အသံ လေးမျိုး"], ["Initials and finals", "ရှေ့သံနှင့် နောက်သံများ"]]],
        ["Everyday Chinese", "နေ့စဉ်သုံး တရုတ်စကား", [["Greetings", "နှုတ်ဆက်ခြင်း"], ["Shopping and money", "ဈေးဝယ်ခြင်းနှင့် ငွေကြေး"], ["Family and friends", "မိသားစုနှင့် သူငယ်ချင်းများ"]]],
      ],
    },
    {
      slug: "korean-eps-topik", category: "languages", level: "BEGINNER", language: "MY", price: 85_000,
      instructors: ["yan-naing-soe"],
      title: ["Korean for Beginners (EPS-TOPIK)", "စတင်သူများအတွက် ကိုရီးယားဘာသာ (EPS-TOPIK)"],
      summary: ["Hangul and workplace Korean for the EPS-TOPIK exam.", "EPS-TOPIK စာမေးပွဲအတွက် ဟန်ဂူးနှင့် အလုပ်ခွင်သုံး ကိုရီးယားစကား။"],
      about: ["Read Hangul in a week, then learn the safety words and phrases you need to work in Korea.", "တစ်ပတ်အတွင်း ဟန်ဂူး ဖတ်တတ်အောင် လေ့လာပြီး ကိုရီးယားတွင် အလုပ်လုပ်ရန် လိုအပ်သော ဘေးအန္တရာယ်ကင်းရေး စကားလုံးများနှင့် စကားစုများကို ဆက်လက် လေ့လာပါမည်။"],
      sections: [
        ["Hangul", "ဟန်ဂူး", [["Vowels and consonants", "သရနှင့် ဗျည်းများ"], ["Building syllables", "စာလုံးပေါင်းခြင်း"]]],
        ["Korean at work", "အလုပ်ခွင်သုံး ကိုရီးယားစကား", [["Workplace safety words", "လုပ်ငန်းခွင် ဘေးအန္တရာယ်ကင်းရေး ဝေါဟာရများ"], ["Talking with your supervisor", "ကြီးကြပ်သူနှင့် စကားပြောခြင်း"], ["EPS-TOPIK practice questions", "EPS-TOPIK လေ့ကျင့်ရန် မေးခွန်းများ"]]],
      ],
    },
    {
      slug: "thai-for-workers", category: "languages", level: "BEGINNER", language: "MY", price: 0,
      instructors: ["yan-naing-soe"],
      title: [null, "ထိုင်းနိုင်ငံတွင် အလုပ်လုပ်မည့်သူများအတွက် ထိုင်းစကားပြော"],
      summary: [null, "ထိုင်းနိုင်ငံတွင် နေ့စဉ်ဘဝနှင့် အလုပ်ခွင်၌ လိုအပ်သော စကားပြော အခြေခံ (အခမဲ့)။"],
      about: [null, "ထိုင်းနိုင်ငံသို့ အလုပ်သွားလုပ်မည့် မိတ်ဆွေများအတွက် အလုပ်ရှင်နှင့် စကားပြောခြင်း၊ ဈေးဝယ်ခြင်းနှင့် အရေးပေါ်အခြေအနေတွင် အကူအညီတောင်းခြင်းတို့ကို အခမဲ့ သင်ကြားပေးပါသည်။"],
      sections: [
        [null, "အခြေခံ စကားပြော", [[null, "နှုတ်ဆက်ခြင်းနှင့် ကျေးဇူးတင်ကြောင်း ပြောခြင်း"], [null, "ဂဏန်းများနှင့် ငွေကြေး"]]],
        [null, "အလုပ်ခွင်နှင့် နေ့စဉ်ဘဝ", [[null, "အလုပ်ရှင်နှင့် စကားပြောခြင်း"], [null, "ဆေးရုံနှင့် အရေးပေါ် အခြေအနေများ"], [null, "ဈေးဝယ်ခြင်းနှင့် ခရီးသွားခြင်း"]]],
      ],
    },
    {
      slug: "guitar-for-beginners", category: "music", level: "BEGINNER", language: "MY", price: 55_000,
      instructors: ["myo-myint"], live: true,
      title: ["Guitar for Beginners", "စတင်သူများအတွက် ဂီတာ"],
      summary: ["Play your first songs on the guitar in four weeks.", "လေးပတ်အတွင်း ဂီတာဖြင့် ပထမဆုံး သီချင်းများ တီးနိုင်ပါစေ။"],
      about: ["Tuning, chords and strumming, ending with a well-known Myanmar pop song you can play for friends.", "ကြိုးညှိခြင်း၊ ကော့များနှင့် ခတ်နည်းများကို လေ့လာပြီး သူငယ်ချင်းများရှေ့တွင် တီးပြနိုင်မည့် လူသိများသော မြန်မာ ပေါ့ပ်သီချင်းတစ်ပုဒ်ဖြင့် အဆုံးသတ်ပါမည်။"],
      sections: [
        ["First steps", "ပထမ ခြေလှမ်းများ", [["Holding and tuning the guitar", "ဂီတာ ကိုင်ပုံနှင့် ကြိုးညှိခြင်း"], ["Your first chords", "ပထမဆုံး ကော့များ"]]],
        ["Playing songs", "သီချင်း တီးခြင်း", [["Strumming patterns", "ခတ်နည်း ပုံစံများ"], ["Changing chords smoothly", "ကော့များကို ချောမွေ့စွာ ပြောင်းခြင်း"], ["Playing a Myanmar pop song", "မြန်မာ ပေါ့ပ်သီချင်းတစ်ပုဒ် တီးခြင်း"]]],
      ],
    },
    {
      slug: "myanmar-harp-saung", category: "music", level: "ALL_LEVELS", language: "MY", price: 120_000,
      instructors: ["myo-myint"],
      title: ["Myanmar Harp (Saung Gauk) Foundations", "မြန်မာစောင်း (စောင်းကောက်) အခြေခံ"],
      summary: ["Learn the national instrument of Myanmar from a master player.", "မြန်မာ့ ရိုးရာ တူရိယာဖြစ်သော စောင်းကို ကျွမ်းကျင်သူ ဆရာထံမှ လေ့လာပါ။"],
      about: ["History, posture, tuning and finger technique, leading to a simple classical piece.", "သမိုင်း၊ ထိုင်ပုံ၊ ကြိုးညှိပုံနှင့် လက်ချောင်းသုံးနည်းများကို လေ့လာပြီး ရိုးရှင်းသော ဂန္ထဝင် တေးသွားတစ်ပုဒ်ကို တီးခတ်နိုင်အောင် သင်ကြားပေးပါမည်။"],
      sections: [
        ["About the saung", "စောင်းအကြောင်း", [["A short history of the Myanmar harp", "မြန်မာစောင်း၏ သမိုင်းအကျဉ်း"], ["Posture and tuning", "ထိုင်ပုံနှင့် ကြိုးညှိခြင်း"]]],
        ["Playing", "တီးခတ်ခြင်း", [["Basic finger techniques", "အခြေခံ လက်ချောင်းသုံးနည်းများ"], ["A simple classical piece", "ရိုးရှင်းသော ဂန္ထဝင် တေးသွားတစ်ပုဒ်"]]],
      ],
    },
    {
      slug: "french-a1", category: "languages", level: "BEGINNER", language: "BILINGUAL", price: 95_000, draft: true,
      instructors: ["su-su-hlaing"],
      title: ["French for Beginners (A1)", "စတင်သူများအတွက် ပြင်သစ်ဘာသာ (A1)"],
      summary: ["First steps in French for travel and study.", "ခရီးသွားရန်နှင့် ပညာသင်ရန်အတွက် ပြင်သစ်ဘာသာ ပထမ ခြေလှမ်းများ။"],
      about: ["Sounds, greetings and the present tense, for complete beginners.", "လုံးဝ အသစ်စတင်သူများအတွက် အသံထွက်၊ နှုတ်ဆက်ခြင်းနှင့် ပစ္စုပ္ပန်ကာလ။"],
      sections: [
        ["Bonjour!", "Bonjour!", [["Sounds of French", "ပြင်သစ် အသံထွက်များ"], ["Greetings", "နှုတ်ဆက်ခြင်း"]]],
        ["Grammar", "သဒ္ဒါ", [["Articles and gender", "Article များနှင့် လိင်"], ["The present tense", "ပစ္စုပ္ပန်ကာလ"]]],
      ],
    },
  ],
};
