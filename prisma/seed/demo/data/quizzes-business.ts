import type { QuizSeed } from "./types.ts";

const ALL = ["(Choose all that apply)", "(မှန်သမျှ ရွေးပါ)"] as const;

export const BUSINESS_QUIZZES: Record<string, QuizSeed> = {
  "facebook-marketing-smes": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["What is the main difference between boosting a post and using Ads Manager?", "ပို့စ်ကို Boost လုပ်ခြင်းနှင့် Ads Manager သုံးခြင်း၏ အဓိက ကွာခြားချက်မှာ အဘယ်နည်း။"], o: [["Ads Manager gives more control over objectives and targeting", "Ads Manager တွင် ရည်မှန်းချက်နှင့် ပစ်မှတ်ထားမှုကို ပိုမို ထိန်းချုပ်နိုင်သည်"], ["Boosting is always free", "Boost လုပ်ခြင်းသည် အမြဲ အခမဲ့ ဖြစ်သည်"], ["Ads Manager only works on Instagram", "Ads Manager သည် Instagram တွင်သာ အလုပ်လုပ်သည်"], ["There is no difference", "ကွာခြားချက် မရှိပါ"]], a: [0] },
      { q: ["Which metric shows how many people saw your ad?", "သင့်ကြော်ငြာကို လူမည်မျှ မြင်ခဲ့သည်ကို ပြသော metric မှာ မည်သည်နည်း။"], o: ["Reach", "CTR", "CPC", "ROAS"], a: [0] },
      { q: [`Which kinds of content usually get shared? ${ALL[0]}`, `များသောအားဖြင့် မျှဝေခံရလေ့ရှိသော content များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Useful tips", "အသုံးဝင်သော အကြံပြုချက်များ"], ["Short funny videos", "ရယ်စရာ ဗီဒီယိုတိုများ"], ["Real customer stories", "ဖောက်သည်များ၏ တကယ့် အတွေ့အကြုံများ"], ["A photo of the price list only", "ဈေးနှုန်းစာရင်း ဓာတ်ပုံ တစ်ပုံတည်း"]], a: [0, 1, 2] },
      { q: ["What does CTR stand for?", "CTR ၏ အရှည်မှာ အဘယ်နည်း။"], o: ["Click-through rate", "Cost to reach", "Customer total revenue", "Content type ratio"], a: [0] },
      { q: ["When should you reply to a customer's message on Messenger?", "Messenger တွင် ဖောက်သည်၏ မက်ဆေ့ချ်ကို မည်သည့်အချိန် ပြန်ဖြေသင့်သနည်း။"], o: [["As quickly as possible", "တတ်နိုင်သမျှ အမြန်ဆုံး"], ["After a week", "တစ်ပတ်ကြာပြီးမှ"], ["Only at weekends", "စနေ၊ တနင်္ဂနွေတွင်သာ"], ["Never", "ဘယ်တော့မှ မဖြေပါ"]], a: [0] },
    ],
  },
  "seo-google-ads": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["What does SEO stand for?", "SEO ၏ အရှည်မှာ အဘယ်နည်း။"], o: ["Search engine optimisation", "Social engagement online", "Sales and email outreach", "Site error overview"], a: [0] },
      { q: [`Where should a page's main keyword appear? ${ALL[0]}`, `စာမျက်နှာ၏ အဓိက keyword ကို မည်သည့်နေရာများတွင် ထည့်သင့်သနည်း။ ${ALL[1]}`], o: [["The title tag", "Title tag"], ["The main heading (H1)", "အဓိက ခေါင်းစဉ် (H1)"], ["The first paragraph", "ပထမ စာပိုဒ်"], ["Hidden white text", "ဖုံးကွယ်ထားသော အဖြူရောင်စာ"]], a: [0, 1, 2] },
      { q: ["In Google Ads, which bidding makes you pay for each click?", "Google Ads တွင် ကလစ်တစ်ချက်စီအတွက် ငွေပေးရသော bidding မှာ မည်သည်နည်း။"], o: ["CPC", "CPM", ["Free listings", "အခမဲ့ listing"], ["Organic search", "Organic search"]], a: [0] },
      { q: ["Why do many people in Myanmar search in both Burmese and English?", "မြန်မာနိုင်ငံရှိ လူအများအပြားက မြန်မာ၊ အင်္ဂလိပ် နှစ်ဘာသာလုံးဖြင့် ဘာကြောင့် ရှာဖွေကြသနည်း။"], o: [["Product names are often in English and questions in Burmese", "ကုန်ပစ္စည်းအမည်များက အင်္ဂလိပ်လို ဖြစ်လေ့ရှိပြီး မေးခွန်းများကို မြန်မာလို မေးကြသည်"], ["Google does not support Burmese", "Google က မြန်မာစာကို မပံ့ပိုးပါ"], ["English results are always cheaper", "အင်္ဂလိပ် ရလဒ်များက အမြဲ ဈေးသက်သာသည်"], ["They do not", "ထိုသို့ မရှာဖွေကြပါ"]], a: [0] },
      { q: ["A page that loads slowly on mobile usually…", "ဖုန်းပေါ်တွင် နှေးကွေးစွာ ပွင့်သော စာမျက်နှာသည် များသောအားဖြင့်…"], o: [["loses visitors and ranks lower", "ဝင်ရောက်သူများ ဆုံးရှုံးပြီး အဆင့် ကျတတ်သည်"], ["ranks higher", "အဆင့် ပိုမြင့်သည်"], ["costs less to advertise", "ကြော်ငြာစရိတ် ပိုသက်သာသည်"], ["gets more shares", "မျှဝေမှု ပိုရသည်"]], a: [0] },
    ],
  },
  "startup-business-plan": {
    passMark: 60, minutes: 10,
    questions: [
      { q: ["What is the break-even point?", "အရင်းကြေမှတ် (break-even point) ဆိုသည်မှာ အဘယ်နည်း။"], o: [["Where total revenue equals total costs", "စုစုပေါင်း ဝင်ငွေနှင့် စုစုပေါင်း ကုန်ကျစရိတ် ညီမျှသည့် အမှတ်"], ["The highest possible profit", "ရနိုင်သမျှ အမြင့်ဆုံး အမြတ်"], ["The first day of sales", "ပထမဆုံး ရောင်းချသည့်နေ့"], ["When the loan is repaid", "ချေးငွေ ပြန်ဆပ်ပြီးချိန်"]], a: [0] },
      { q: ["Fixed costs are 600,000 MMK a month and each item earns 3,000 MMK after variable costs. How many items must you sell to break even?", "လစဉ် ပုံသေ ကုန်ကျစရိတ် ၆၀၀,၀၀၀ ကျပ် ရှိပြီး ပစ္စည်းတစ်ခုစီမှ ပြောင်းလဲ ကုန်ကျစရိတ် နုတ်ပြီး ၃,၀၀၀ ကျပ် ရသည်။ အရင်းကြေရန် ပစ္စည်း မည်မျှ ရောင်းရမည်နည်း။"], o: [["200", "၂၀၀"], ["180", "၁၈၀"], ["300", "၃၀၀"], ["2,000", "၂,၀၀၀"]], a: [0] },
      { q: [`Which blocks are part of the Business Model Canvas? ${ALL[0]}`, `Business Model Canvas တွင် ပါဝင်သော အကွက်များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Customer segments", "ဖောက်သည် အုပ်စုများ"], ["Value propositions", "ပေးအပ်မည့် တန်ဖိုး"], ["Revenue streams", "ဝင်ငွေ ရလမ်းများ"], ["Office furniture", "ရုံးသုံး ပရိဘောဂ"]], a: [0, 1, 2] },
      { q: ["What is the best first step to test a business idea?", "လုပ်ငန်း စိတ်ကူးတစ်ခုကို စမ်းသပ်ရာတွင် အကောင်းဆုံး ပထမ ခြေလှမ်းမှာ အဘယ်နည်း။"], o: [["Talking to potential customers", "ဖောက်သည် ဖြစ်လာနိုင်သူများနှင့် စကားပြောခြင်း"], ["Renting a big office", "ရုံးခန်းကြီး ငှားခြင်း"], ["Printing business cards", "လိပ်စာကတ် ရိုက်နှိပ်ခြင်း"], ["Buying a year of stock", "တစ်နှစ်စာ ကုန်ပစ္စည်း ဝယ်ထားခြင်း"]], a: [0] },
      { q: ["A pitch to investors should be…", "ရင်းနှီးမြှုပ်နှံသူများထံ တင်ပြချက်သည်…"], o: [["short, clear and backed by numbers", "တိုတို၊ ရှင်းရှင်းနှင့် ကိန်းဂဏန်း အထောက်အထား ပါရမည်"], ["as long as possible", "တတ်နိုင်သမျှ ရှည်ရမည်"], ["only about the founder", "တည်ထောင်သူအကြောင်းသာ ဖြစ်ရမည်"], ["free of numbers", "ကိန်းဂဏန်း လုံးဝ မပါရ"]], a: [0] },
    ],
  },
  "project-management-essentials": {
    passMark: 70, minutes: 10,
    questions: [
      { q: ["What is the scope of a project?", "ပရောဂျက်တစ်ခု၏ scope ဆိုသည်မှာ အဘယ်နည်း။"], o: [["The work the project will and will not deliver", "ပရောဂျက်က ပြီးမြောက်စေမည့်နှင့် မလုပ်ဆောင်မည့် လုပ်ငန်းများ"], ["Only the budget", "ဘတ်ဂျက်သာ"], ["The team's office", "အဖွဲ့၏ ရုံးခန်း"], ["The final report", "နောက်ဆုံး အစီရင်ခံစာ"]], a: [0] },
      { q: ["In Scrum, a sprint is…", "Scrum တွင် sprint ဆိုသည်မှာ…"], o: [["a fixed time box, often 1–4 weeks", "သတ်မှတ်ထားသော ကာလတစ်ခု (များသောအားဖြင့် ၁ ပတ်မှ ၄ ပတ်)"], ["a daily meeting", "နေ့စဉ် အစည်းအဝေး"], ["a type of bug", "Bug အမျိုးအစားတစ်ခု"], ["the project sponsor", "ပရောဂျက်ကို ငွေကြေးထောက်ပံ့သူ"]], a: [0] },
      { q: [`Which are Scrum roles? ${ALL[0]}`, `Scrum ရှိ အခန်းကဏ္ဍများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["Product Owner", "Scrum Master", "Developers", "Chief Accountant"], a: [0, 1, 2] },
      { q: ["What does a risk register record?", "Risk register တွင် ဘာကို မှတ်တမ်းတင်သနည်း။"], o: [["Possible risks, their impact and our responses", "ဖြစ်နိုင်ခြေရှိသော အန္တရာယ်များ၊ ၎င်းတို့၏ သက်ရောက်မှုနှင့် တုံ့ပြန်မည့် နည်းလမ်းများ"], ["Staff salaries", "ဝန်ထမ်း လစာများ"], ["Only meeting minutes", "အစည်းအဝေး မှတ်တမ်းများသာ"], ["Customers' phone numbers", "ဖောက်သည်များ၏ ဖုန်းနံပါတ်များ"]], a: [0] },
      { q: ["What does a Gantt chart show?", "Gantt chart က ဘာကို ပြသနည်း။"], o: [["Tasks on a timeline", "အချိန်ဇယားပေါ်ရှိ လုပ်ငန်းများ"], ["Profit by month", "လအလိုက် အမြတ်"], ["The organisation chart", "အဖွဲ့အစည်း ဖွဲ့စည်းပုံ"], ["Customer feedback", "ဖောက်သည် အကြံပြုချက်များ"]], a: [0] },
    ],
  },
  "first-aid-at-work": {
    passMark: 80, minutes: 8,
    questions: [
      { q: ["What is the first thing to do at the scene of an accident?", "မတော်တဆမှု ဖြစ်ရာနေရာတွင် ပထမဆုံး လုပ်ရမည့်အရာမှာ အဘယ်နည်း။"], o: [["Check that the area is safe", "ထိုနေရာ လုံခြုံမှု ရှိမရှိ စစ်ဆေးခြင်း"], ["Give the injured person water", "ဒဏ်ရာရသူကို ရေတိုက်ခြင်း"], ["Move the person at once", "လူနာကို ချက်ချင်း ရွှေ့ခြင်း"], ["Take photos", "ဓာတ်ပုံ ရိုက်ခြင်း"]], a: [0] },
      { q: ["What is the chest compression rate for adult CPR?", "လူကြီး CPR တွင် ရင်ဘတ် ဖိနှိပ်နှုန်းမှာ မည်မျှနည်း။"], o: [["100–120 per minute", "တစ်မိနစ်လျှင် ၁၀၀ မှ ၁၂၀ ကြိမ်"], ["20–30 per minute", "တစ်မိနစ်လျှင် ၂၀ မှ ၃၀ ကြိမ်"], ["200 per minute", "တစ်မိနစ်လျှင် ၂၀၀ ကြိမ်"], ["10 per minute", "တစ်မိနစ်လျှင် ၁၀ ကြိမ်"]], a: [0] },
      { q: ["How should you cool a minor burn?", "အသေးစား မီးလောင်ဒဏ်ရာကို မည်သို့ အအေးခံသင့်သနည်း။"], o: [["Under cool running water for 20 minutes", "စီးနေသော ရေအေးအောက်တွင် မိနစ် ၂၀ ခန့်"], ["Put toothpaste on it", "သွားတိုက်ဆေး လိမ်းခြင်း"], ["Put ice directly on it", "ရေခဲကို တိုက်ရိုက် ကပ်ခြင်း"], ["Put oil on it", "ဆီ လိမ်းခြင်း"]], a: [0] },
      { q: [`Which are signs of heat stroke? ${ALL[0]}`, `အပူလျှပ်ခြင်း၏ လက္ခဏာများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["A very high body temperature", "ကိုယ်အပူချိန် အလွန်မြင့်ခြင်း"], ["Confusion", "စိတ်ရှုပ်ထွေးခြင်း"], ["Hot, red skin", "အသားအရေ ပူပြီး နီရဲခြင်း"], ["Shivering with cold", "အအေးကြောင့် တုန်ခြင်း"]], a: [0, 1, 2] },
      { q: ["What should you do first to stop heavy bleeding?", "သွေးအများအပြား ထွက်နေခြင်းကို ရပ်တန့်ရန် ပထမဦးစွာ ဘာလုပ်သင့်သနည်း။"], o: [["Press firmly on the wound", "ဒဏ်ရာကို ခိုင်ခိုင်မာမာ ဖိထားခြင်း"], ["Wash it for ten minutes", "မိနစ် ၁၀ ကြာ ဆေးကြောခြင်း"], ["Wait and watch", "စောင့်ကြည့်နေခြင်း"], ["Give the person food", "အစားအစာ ကျွေးခြင်း"]], a: [0] },
    ],
  },
};
