import type { CenterCourses } from "./types.ts";

export const BUSINESS_COURSES: CenterCourses = {
  center: "yangon-business-school",
  courses: [
    {
      slug: "facebook-marketing-smes", category: "digital-marketing", level: "BEGINNER", language: "MY", price: 70_000,
      instructors: ["htet-myat-aung"], live: true,
      title: ["Facebook Marketing for Small Businesses", "အသေးစား လုပ်ငန်းများအတွက် Facebook မားကတ်တင်း"],
      summary: ["Grow your shop with a Facebook page and well-targeted ads.", "Facebook Page နှင့် ပစ်မှတ်ကျသော ကြော်ငြာများဖြင့် သင့်ဆိုင်ကို ကြီးထွားစေပါ။"],
      about: ["Set up your page, make content customers share, run ads in Ads Manager and read the results.", "Page တည်ဆောက်ခြင်း၊ ဖောက်သည်များ မျှဝေချင်သော content ဖန်တီးခြင်း၊ Ads Manager တွင် ကြော်ငြာထည့်ခြင်းနှင့် ရလဒ်များကို ဖတ်ရှုခြင်း။"],
      sections: [
        ["Your page", "သင့် Page", [["Setting up a business page", "လုပ်ငန်းသုံး Page တည်ဆောက်ခြင်း"], ["Content that customers share", "ဖောက်သည်များ မျှဝေချင်သော Content"]]],
        ["Advertising", "ကြော်ငြာ", [["Boosting or Ads Manager?", "Boost လား၊ Ads Manager လား"], ["Targeting customers in Myanmar", "မြန်မာနိုင်ငံရှိ ဖောက်သည်များကို ပစ်မှတ်ထားခြင်း"], ["Reading your results", "ရလဒ်များကို ဖတ်ရှု နားလည်ခြင်း"]]],
      ],
    },
    {
      slug: "short-video-marketing", category: "digital-marketing", level: "BEGINNER", language: "MY", price: 60_000,
      instructors: ["htet-myat-aung"],
      title: ["Short Video Marketing on TikTok and Reels", "TikTok နှင့် Reels တို့တွင် ဗီဒီယိုတို မားကတ်တင်း"],
      summary: ["Film, edit and post short videos that sell.", "ရောင်းအားတက်စေမည့် ဗီဒီယိုတိုများကို ရိုက်ကူး၊ တည်းဖြတ်ပြီး တင်ပါ။"],
      about: ["Everything with just your phone: hooks, filming, editing in CapCut and a posting schedule.", "ဖုန်းတစ်လုံးတည်းဖြင့် ဆွဲဆောင်မှုရှိသော အစပိုင်း၊ ရိုက်ကူးခြင်း၊ CapCut ဖြင့် တည်းဖြတ်ခြင်းနှင့် တင်ချိန်ဇယား။"],
      sections: [
        ["Planning", "စီစဉ်ခြင်း", [["Hooks in the first three seconds", "ပထမ သုံးစက္ကန့်အတွင်း စိတ်ဝင်စားအောင် ဆွဲဆောင်ခြင်း"], ["Filming with your phone", "ဖုန်းဖြင့် ရိုက်ကူးခြင်း"]]],
        ["Growing your audience", "ကြည့်ရှုသူ တိုးပွားစေခြင်း", [["Editing with CapCut", "CapCut ဖြင့် တည်းဖြတ်ခြင်း"], ["Posting schedule and analytics", "တင်ချိန်ဇယားနှင့် ရလဒ် စစ်ဆေးခြင်း"]]],
      ],
    },
    {
      slug: "seo-google-ads", category: "digital-marketing", level: "INTERMEDIATE", language: "BILINGUAL", price: 110_000,
      instructors: ["htet-myat-aung"],
      title: ["SEO and Google Ads", "SEO နှင့် Google Ads"],
      summary: ["Be found on Google by customers searching in Burmese and English.", "မြန်မာ၊ အင်္ဂလိပ် နှစ်ဘာသာဖြင့် ရှာဖွေနေသော ဖောက်သည်များ Google တွင် သင့်ကို တွေ့စေရန်။"],
      about: ["How search works, keyword research in two languages, on-page SEO and cost-effective search campaigns.", "ရှာဖွေရေး အလုပ်လုပ်ပုံ၊ ဘာသာစကား နှစ်မျိုးဖြင့် keyword သုတေသန၊ on-page SEO နှင့် ကုန်ကျစရိတ် သက်သာသော search campaign များ။"],
      sections: [
        ["Search engine optimisation", "Search Engine Optimisation", [["How search engines rank pages", "ရှာဖွေရေး အင်ဂျင်များ စာမျက်နှာ အဆင့်သတ်မှတ်ပုံ"], ["Keyword research in Burmese and English", "မြန်မာ၊ အင်္ဂလိပ် keyword သုတေသန"], ["On-page SEO", "On-page SEO"]]],
        ["Google Ads", "Google Ads", [["Search campaigns", "Search Campaign များ"], ["Budgets and bidding", "ဘတ်ဂျက်နှင့် လေလံတင်ခြင်း"]]],
      ],
    },
    {
      slug: "startup-business-plan", category: "business", level: "BEGINNER", language: "BILINGUAL", price: 90_000,
      instructors: ["yamin-thu"], live: true,
      title: ["Writing a Business Plan for Your Startup", "စတင်တည်ထောင်သည့် လုပ်ငန်းအတွက် လုပ်ငန်းအစီအစဉ် ရေးဆွဲခြင်း"],
      summary: ["Turn your idea into a plan that banks and investors understand.", "သင့်စိတ်ကူးကို ဘဏ်များနှင့် ရင်းနှီးမြှုပ်နှံသူများ နားလည်မည့် အစီအစဉ်အဖြစ် ပြောင်းလဲပါ။"],
      about: ["Validate the idea, size the market, work out your break-even point and pitch with confidence.", "စိတ်ကူးကို စမ်းသပ်အတည်ပြုခြင်း၊ ဈေးကွက် အရွယ်အစား တွက်ချက်ခြင်း၊ အရင်းကြေမှတ် ရှာခြင်းနှင့် ယုံကြည်မှုရှိရှိ တင်ပြခြင်း။"],
      sections: [
        ["The idea", "စိတ်ကူး", [["Finding a real customer problem", "ဖောက်သည်၏ တကယ့်ပြဿနာကို ရှာဖွေခြင်း"], ["Market research on a small budget", "ငွေကုန်သက်သာစွာ ဈေးကွက်သုတေသန ပြုလုပ်ခြင်း"]]],
        ["The plan", "အစီအစဉ်", [["The Business Model Canvas", "Business Model Canvas"], ["Costs, pricing and break-even", "ကုန်ကျစရိတ်၊ ဈေးနှုန်းနှင့် အရင်းကြေမှတ်"], ["Pitching to investors", "ရင်းနှီးမြှုပ်နှံသူများထံ တင်ပြခြင်း"]]],
      ],
    },
    {
      slug: "customer-service-excellence", category: "business", level: "ALL_LEVELS", language: "MY", price: 35_000,
      instructors: ["yamin-thu"],
      title: ["Customer Service Excellence", "ထူးချွန်သော ဖောက်သည် ဝန်ဆောင်မှု"],
      summary: ["Turn first-time buyers into loyal customers.", "ပထမအကြိမ် ဝယ်သူများကို ပုံမှန်ဖောက်သည်များအဖြစ် ပြောင်းလဲပါ။"],
      about: ["Practical scripts for the counter, the phone, Messenger and Viber, including how to handle complaints calmly.", "ကောင်တာ၊ ဖုန်း၊ Messenger နှင့် Viber တို့တွင် အသုံးပြုနိုင်သော လက်တွေ့ စကားပြောပုံစံများနှင့် တိုင်ကြားချက်များကို အေးအေးဆေးဆေး ကိုင်တွယ်နည်း။"],
      sections: [
        ["The basics", "အခြေခံ", [["What customers remember", "ဖောက်သည်များ မှတ်မိနေတတ်သည့်အရာများ"], ["Handling complaints", "တိုင်ကြားချက်များကို ကိုင်တွယ်ခြင်း"]]],
        ["Every channel", "ဆက်သွယ်ရေး လမ်းကြောင်းတိုင်း", [["Answering on Messenger and Viber", "Messenger နှင့် Viber တွင် ပြန်လည်ဖြေကြားခြင်း"], ["Phone etiquette", "ဖုန်းပြောဆိုရာတွင် ယဉ်ကျေးမှု"]]],
      ],
    },
    {
      slug: "project-management-essentials", category: "business", level: "INTERMEDIATE", language: "BILINGUAL", price: 150_000,
      instructors: ["yamin-thu"],
      title: ["Project Management Essentials", "ပရောဂျက် စီမံခန့်ခွဲမှု အခြေခံ"],
      summary: ["Plan, deliver and report projects on time and on budget.", "ပရောဂျက်များကို အချိန်မီ၊ ဘတ်ဂျက်အတွင်း စီစဉ်၊ အကောင်အထည်ဖော်ပြီး အစီရင်ခံပါ။"],
      about: ["Scope, schedules, Agile and Scrum, risk and stakeholder reporting, with templates you can reuse at work.", "လုပ်ငန်းနယ်ပယ်၊ အချိန်ဇယား၊ Agile နှင့် Scrum၊ အန္တရာယ် စီမံခြင်းနှင့် သက်ဆိုင်သူများထံ အစီရင်ခံခြင်းတို့ကို အလုပ်တွင် ပြန်သုံးနိုင်သော template များဖြင့် လေ့လာပါမည်။"],
      sections: [
        ["Planning", "စီမံကိန်း ရေးဆွဲခြင်း", [["Scope and goals", "လုပ်ငန်းနယ်ပယ်နှင့် ရည်မှန်းချက်များ"], ["Work breakdown and schedules", "လုပ်ငန်းခွဲခြမ်းခြင်းနှင့် အချိန်ဇယား"]]],
        ["Delivery", "အကောင်အထည်ဖော်ခြင်း", [["Agile and Scrum basics", "Agile နှင့် Scrum အခြေခံ"], ["Managing risks", "အန္တရာယ်များကို စီမံခြင်း"], ["Reporting to stakeholders", "သက်ဆိုင်သူများထံ အစီရင်ခံခြင်း"]]],
      ],
    },
    {
      slug: "quickbooks-for-business", category: "accounting", level: "INTERMEDIATE", language: "MY", price: 95_000,
      instructors: ["yamin-thu"],
      title: ["QuickBooks for Business Owners", "လုပ်ငန်းရှင်များအတွက် QuickBooks"],
      summary: ["Run your company's books in QuickBooks.", "သင့်ကုမ္ပဏီ၏ စာရင်းများကို QuickBooks ဖြင့် ကိုင်တွယ်ပါ။"],
      about: ["Company setup, invoices, bank reconciliation and the monthly reports your accountant needs.", "ကုမ္ပဏီ ပြင်ဆင်ခြင်း၊ ငွေတောင်းခံလွှာများ၊ ဘဏ်စာရင်း ညှိနှိုင်းခြင်းနှင့် သင့်စာရင်းကိုင် လိုအပ်သော လစဉ် အစီရင်ခံစာများ။"],
      sections: [
        ["Setting up", "စတင် ပြင်ဆင်ခြင်း", [["Company setup and chart of accounts", "ကုမ္ပဏီ ပြင်ဆင်ခြင်းနှင့် စာရင်းခေါင်းစဉ်များ"], ["Customers and suppliers", "ဖောက်သည်နှင့် ပစ္စည်းပေးသွင်းသူများ"]]],
        ["Daily work", "နေ့စဉ် လုပ်ငန်း", [["Invoices and payments", "ငွေတောင်းခံလွှာနှင့် ငွေပေးချေမှုများ"], ["Bank reconciliation", "ဘဏ်စာရင်း ညှိနှိုင်းခြင်း"], ["Monthly reports", "လစဉ် အစီရင်ခံစာများ"]]],
      ],
    },
    {
      slug: "first-aid-at-work", category: "health", level: "BEGINNER", language: "BILINGUAL", price: 25_000,
      instructors: ["wai-phyo-maung"],
      title: ["First Aid at Work", "လုပ်ငန်းခွင် ရှေးဦးသူနာပြုစုခြင်း"],
      summary: ["Know what to do in the first minutes of an emergency.", "အရေးပေါ် အခြေအနေ၏ ပထမ မိနစ်ပိုင်းအတွင်း ဘာလုပ်ရမည်ကို သိထားပါ။"],
      about: ["Taught by an emergency doctor: scene safety, CPR, bleeding, burns and heat stroke.", "အရေးပေါ်ဌာန ဆရာဝန်က သင်ကြားပေးမည့် နေရာ၏ လုံခြုံမှု၊ CPR၊ သွေးထွက်ခြင်း၊ မီးလောင်ခြင်းနှင့် အပူလျှပ်ခြင်း။"],
      sections: [
        ["Emergencies", "အရေးပေါ် အခြေအနေများ", [["Checking for danger and calling for help", "အန္တရာယ် ရှိမရှိ စစ်ဆေးခြင်းနှင့် အကူအညီ တောင်းခြင်း"], ["CPR basics", "CPR အခြေခံ"]]],
        ["Injuries", "ဒဏ်ရာများ", [["Bleeding and burns", "သွေးထွက်ခြင်းနှင့် မီးလောင် ဒဏ်ရာ"], ["Heat stroke", "အပူလျှပ်ခြင်း"]]],
      ],
    },
    {
      slug: "digital-marketing-strategy", category: "digital-marketing", level: "ADVANCED", language: "BILINGUAL", price: 180_000, draft: true,
      instructors: ["htet-myat-aung"],
      title: ["Digital Marketing Strategy", "ဒစ်ဂျစ်တယ် မားကတ်တင်း မဟာဗျူဟာ"],
      summary: ["Plan a year of marketing across every channel.", "လမ်းကြောင်းတိုင်းတွင် တစ်နှစ်စာ မားကတ်တင်း အစီအစဉ် ရေးဆွဲပါ။"],
      about: ["For marketing managers: budgets, channels, measurement and reporting.", "မားကတ်တင်း မန်နေဂျာများအတွက် ဘတ်ဂျက်၊ လမ်းကြောင်းများ၊ တိုင်းတာခြင်းနှင့် အစီရင်ခံခြင်း။"],
      sections: [
        ["Strategy", "မဟာဗျူဟာ", [["Goals and audiences", "ရည်မှန်းချက်နှင့် ပစ်မှတ် ပရိသတ်"], ["Choosing channels", "လမ်းကြောင်းများ ရွေးချယ်ခြင်း"]]],
        ["Measurement", "တိုင်းတာခြင်း", [["Attribution", "Attribution"], ["Reporting to management", "စီမံခန့်ခွဲသူများထံ အစီရင်ခံခြင်း"]]],
      ],
    },
  ],
};

export const TAUNGGYI_COURSES: CenterCourses = {
  center: "taunggyi-skills-center",
  courses: [
    {
      slug: "office-computer-basics", category: "programming", level: "BEGINNER", language: "MY", price: 30_000, draft: true,
      instructors: ["sai-htun-lin"],
      title: ["Office Computer Basics", "ရုံးသုံး ကွန်ပျူတာ အခြေခံ"],
      summary: ["Typing, Word, Excel and email for your first office job.", "ပထမဆုံး ရုံးအလုပ်အတွက် စာရိုက်ခြင်း၊ Word၊ Excel နှင့် အီးမေးလ်။"],
      about: ["A practical start for school leavers, including Burmese Unicode typing.", "ကျောင်းပြီးစ လူငယ်များအတွက် မြန်မာ Unicode စာရိုက်ခြင်း အပါအဝင် လက်တွေ့ကျသော အစပြု သင်တန်း။"],
      sections: [
        ["Getting started", "စတင်ခြင်း", [["Typing in Burmese and English", "မြန်မာ၊ အင်္ဂလိပ် စာရိုက်ခြင်း"], ["Files and folders", "ဖိုင်နှင့် ဖိုဒါများ"]]],
        ["Office tools", "ရုံးသုံး ဆော့ဖ်ဝဲများ", [["Writing a letter in Word", "Word ဖြင့် စာရေးခြင်း"], ["Sending email", "အီးမေးလ် ပို့ခြင်း"]]],
      ],
    },
  ],
};
