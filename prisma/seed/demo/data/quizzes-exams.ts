import type { QuizSeed } from "./types.ts";

const ALL = ["(Choose all that apply)", "(မှန်သမျှ ရွေးပါ)"] as const;

export const EXAM_QUIZZES: Record<string, QuizSeed> = {
  "matric-mathematics": {
    passMark: 60, minutes: 15,
    questions: [
      { q: ["Solve x² − 5x + 6 = 0.", "x² − 5x + 6 = 0 ကို ဖြေရှင်းပါ။"], o: [["x = 2 or x = 3", "x = 2 သို့မဟုတ် x = 3"], ["x = −2 or x = −3", "x = −2 သို့မဟုတ် x = −3"], ["x = 1 or x = 6", "x = 1 သို့မဟုတ် x = 6"], "x = 5"], a: [0] },
      { q: ["What is the derivative of x³?", "x³ ၏ derivative မှာ အဘယ်နည်း။"], o: ["3x²", "x²", "3x³", "x⁴/4"], a: [0] },
      { q: ["What is the 10th term of the arithmetic sequence 2, 5, 8, …?", "2, 5, 8, … ကိန်းစဉ်၏ ၁၀ လုံးမြောက် ကိန်းမှာ အဘယ်နည်း။"], o: ["29", "30", "32", "27"], a: [0] },
      { q: ["If f(x) = 2x + 1, what is f(3)?", "f(x) = 2x + 1 ဖြစ်လျှင် f(3) ၏ တန်ဖိုးမှာ အဘယ်နည်း။"], o: ["7", "6", "9", "5"], a: [0] },
      { q: [`Which of these are prime numbers? ${ALL[0]}`, `သုဒ္ဓကိန်း (prime number) များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["2", "17", "21", "29"], a: [0, 1, 3] },
      { q: ["What is ∫ 2x dx?", "∫ 2x dx ၏ တန်ဖိုးမှာ အဘယ်နည်း။"], o: ["x² + C", "2x² + C", "x + C", "2 + C"], a: [0] },
    ],
  },
  "matric-physics": {
    passMark: 60, minutes: 15,
    questions: [
      { q: ["What is the SI unit of force?", "အား၏ SI ယူနစ်မှာ အဘယ်နည်း။"], o: [["newton (N)", "နယူတန် (N)"], ["joule (J)", "ဂျူး (J)"], ["watt (W)", "ဝပ် (W)"], ["pascal (Pa)", "ပါစကယ် (Pa)"]], a: [0] },
      { q: ["A 2 kg mass accelerates at 3 m/s². What is the net force?", "ဒြပ်ထု 2 kg ရှိ အရာဝတ္ထုတစ်ခုသည် 3 m/s² အရှိန်ဖြင့် ရွေ့လျားသည်။ အသားတင်အား မည်မျှနည်း။"], o: ["6 N", "1.5 N", "5 N", "9 N"], a: [0] },
      { q: ["By Ohm's law, what current flows through a 10 Ω resistor at 5 V?", "အုမ်း၏ နိယာမအရ 5 V တွင် 10 Ω ခုခံမှုကို ဖြတ်စီးသော လျှပ်စီးကြောင်းမှာ မည်မျှနည်း။"], o: ["0.5 A", "2 A", "50 A", "15 A"], a: [0] },
      { q: [`Which quantities are vectors? ${ALL[0]}`, `ဗက်တာ ပမာဏများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Velocity", "အလျင်"], ["Force", "အား"], ["Mass", "ဒြပ်ထု"], ["Displacement", "နေရာရွှေ့ပြောင်းမှု"]], a: [0, 1, 3] },
      { q: ["Power is the rate of…", "ပါဝါ ဆိုသည်မှာ အဘယ်အရာ၏ နှုန်းနည်း။"], o: [["doing work", "အလုပ်လုပ်ခြင်း"], ["change of velocity", "အလျင် ပြောင်းလဲခြင်း"], ["change of mass", "ဒြပ်ထု ပြောင်းလဲခြင်း"], ["flow of charge", "လျှပ်စစ်ဓာတ် စီးဆင်းခြင်း"]], a: [0] },
      { q: ["What is the total resistance of two 6 Ω resistors in parallel?", "6 Ω ခုခံမှု နှစ်ခုကို အပြိုင်ဆက်ထားလျှင် စုစုပေါင်း ခုခံမှု မည်မျှနည်း။"], o: ["3 Ω", "12 Ω", "6 Ω", "36 Ω"], a: [0] },
    ],
  },
  "matric-chemistry": {
    passMark: 60, minutes: 12,
    questions: [
      { q: ["What is the chemical formula of water?", "ရေ၏ ဓာတုဖော်မြူလာမှာ အဘယ်နည်း။"], o: ["H₂O", "CO₂", "O₂", "NaCl"], a: [0] },
      { q: ["About how many particles are in one mole?", "တစ်မိုးလ်တွင် အမှုန် ခန့်မှန်းခြေ မည်မျှ ပါဝင်သနည်း။"], o: ["6.02 × 10²³", "3.14 × 10²³", "1.6 × 10⁻¹⁹", "9.8 × 10²"], a: [0] },
      { q: ["What is the molar mass of CO₂? (C = 12, O = 16)", "CO₂ ၏ မိုလာဒြပ်ထုမှာ အဘယ်နည်း။ (C = 12, O = 16)"], o: ["44 g/mol", "28 g/mol", "32 g/mol", "40 g/mol"], a: [0] },
      { q: [`Which of these are alkanes? ${ALL[0]}`, `အယ်လ်ကိန်း (alkane) များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["CH₄", "C₂H₆", "C₂H₄", "C₃H₈"], a: [0, 1, 3] },
      { q: ["A solution with pH 3 is…", "pH 3 ရှိသော ပျော်ရည်သည်…"], o: [["acidic", "အက်ဆစ်ဓာတ် ရှိသည်"], ["neutral", "ကြားနေ ဖြစ်သည်"], ["basic", "ဘေ့စ်ဓာတ် ရှိသည်"], ["a metal", "သတ္တုတစ်မျိုး ဖြစ်သည်"]], a: [0] },
    ],
  },
  "matric-english": {
    passMark: 60, minutes: 10,
    questions: [
      { q: ["Choose the passive form of “They built this bridge in 1998.”", "“They built this bridge in 1998.” ၏ passive ပုံစံကို ရွေးပါ။"], o: ["This bridge was built in 1998.", "This bridge is built in 1998.", "This bridge built in 1998.", "This bridge has build in 1998."], a: [0] },
      { q: ["Change to reported speech: She said, “I am tired.”", "Reported speech သို့ ပြောင်းပါ - She said, “I am tired.”"], o: ["She said that she was tired.", "She said that I am tired.", "She says she is tired yesterday.", "She said me tired."], a: [0] },
      { q: ["Which sentence uses the present perfect correctly?", "Present perfect ကို မှန်ကန်စွာ သုံးထားသော ဝါကျကို ရွေးပါ။"], o: ["I have lived in Naypyitaw since 2020.", "I have live in Naypyitaw since 2020.", "I lived in Naypyitaw since 2020 now.", "I am living in Naypyitaw since 2020 ago."], a: [0] },
      { q: [`Which belong in a formal letter? ${ALL[0]}`, `တရားဝင် ပေးစာတစ်စောင်တွင် ပါဝင်သင့်သည်များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["The date", "ရက်စွဲ"], ["A salutation (Dear Sir or Madam)", "အစ နှုတ်ခွန်းဆက် (Dear Sir or Madam)"], ["A closing (Yours faithfully)", "နိဂုံး နှုတ်ခွန်းဆက် (Yours faithfully)"], ["Emojis", "Emoji များ"]], a: [0, 1, 2] },
      { q: ["Fill the gap: “If it rains, we ___ stay at home.”", "ကွက်လပ်ဖြည့်ပါ - “If it rains, we ___ stay at home.”"], o: ["will", "would have", "had", "were"], a: [0] },
    ],
  },
  "lcci-accounting-level-1": {
    passMark: 70, minutes: 15,
    questions: [
      { q: ["What is the accounting equation?", "စာရင်းကိုင် ညီမျှခြင်းမှာ အဘယ်နည်း။"], o: ["Assets = Liabilities + Capital", "Assets = Capital − Liabilities", "Capital = Assets + Liabilities", "Liabilities = Assets + Capital"], a: [0] },
      { q: ["A business buys equipment for cash. What changes?", "လုပ်ငန်းတစ်ခုက စက်ပစ္စည်းကို ငွေသားဖြင့် ဝယ်ယူသည်။ မည်သည်တို့ ပြောင်းလဲသနည်း။"], o: [["Equipment goes up, cash goes down", "စက်ပစ္စည်း တိုးလာပြီး ငွေသား လျော့သွားသည်"], ["Both go up", "နှစ်ခုလုံး တိုးလာသည်"], ["Capital goes down", "အရင်းအနှီး လျော့သွားသည်"], ["Sales go up", "အရောင်း တိုးလာသည်"]], a: [0] },
      { q: ["On which side is an increase in an expense recorded?", "အသုံးစရိတ် တိုးလာခြင်းကို မည်သည့်ဘက်တွင် မှတ်တမ်းတင်သနည်း။"], o: ["Debit", "Credit", ["Either side", "မည်သည့်ဘက်မဆို"], ["Neither side", "မည်သည့်ဘက်မှ မဟုတ်"]], a: [0] },
      { q: ["What does a trial balance check?", "Trial Balance က ဘာကို စစ်ဆေးသနည်း။"], o: [["That total debits equal total credits", "Debit စုစုပေါင်းနှင့် Credit စုစုပေါင်း ညီမျှခြင်း"], ["That the business made a profit", "လုပ်ငန်း အမြတ်ရခြင်း"], ["That all customers have paid", "ဖောက်သည်အားလုံး ငွေပေးချေပြီးခြင်း"], ["The bank balance", "ဘဏ်လက်ကျန်ငွေ"]], a: [0] },
      { q: [`Which are current assets? ${ALL[0]}`, `လက်ရှိ ပိုင်ဆိုင်မှု (current assets) များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Cash", "ငွေသား"], ["Inventory", "ကုန်ပစ္စည်း လက်ကျန်"], ["Trade receivables", "ရရန်ရှိသော ကုန်သွယ်မှုငွေ"], ["Buildings", "အဆောက်အအုံများ"]], a: [0, 1, 2] },
      { q: ["What is gross profit?", "စုစုပေါင်းအမြတ် (gross profit) ဆိုသည်မှာ အဘယ်နည်း။"], o: [["Sales minus cost of sales", "အရောင်းမှ ရောင်းကုန်ကုန်ကျစရိတ်ကို နုတ်ခြင်း"], ["Sales minus all expenses", "အရောင်းမှ အသုံးစရိတ်အားလုံးကို နုတ်ခြင်း"], ["Assets minus liabilities", "ပိုင်ဆိုင်မှုမှ ပေးရန်တာဝန်ကို နုတ်ခြင်း"], ["Cash at the bank", "ဘဏ်ရှိ ငွေသား"]], a: [0] },
    ],
  },
  "small-business-bookkeeping": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["Why keep business money and personal money separate?", "လုပ်ငန်းငွေနှင့် ကိုယ်ပိုင်ငွေကို ဘာကြောင့် ခွဲထားသင့်သနည်း။"], o: [["To see the real profit of the business", "လုပ်ငန်း၏ တကယ့်အမြတ်ကို သိနိုင်ရန်"], ["To pay more tax", "အခွန် ပိုဆောင်ရန်"], ["It does not matter", "အရေးမကြီးပါ"], ["To hide sales", "အရောင်းကို ဖုံးကွယ်ရန်"]], a: [0] },
      { q: ["Sales were 500,000 MMK and expenses 320,000 MMK. What is the profit?", "အရောင်း ၅၀၀,၀၀၀ ကျပ်နှင့် အသုံးစရိတ် ၃၂၀,၀၀၀ ကျပ် ဖြစ်လျှင် အမြတ် မည်မျှနည်း။"], o: [["180,000 MMK", "၁၈၀,၀၀၀ ကျပ်"], ["820,000 MMK", "၈၂၀,၀၀၀ ကျပ်"], ["320,000 MMK", "၃၂၀,၀၀၀ ကျပ်"], ["200,000 MMK", "၂၀၀,၀၀၀ ကျပ်"]], a: [0] },
      { q: [`What should you record for a mobile money payment? ${ALL[0]}`, `မိုဘိုင်းငွေ ပေးချေမှုတစ်ခုအတွက် ဘာတွေကို မှတ်တမ်းတင်သင့်သနည်း။ ${ALL[1]}`], o: [["The transaction ID", "ငွေလွှဲ အမှတ်စဉ် (Transaction ID)"], ["The date and amount", "ရက်စွဲနှင့် ပမာဏ"], ["What the payment was for", "ဘာအတွက် ပေးချေသည်"], ["The customer's PIN", "ဖောက်သည်၏ PIN နံပါတ်"]], a: [0, 1, 2] },
      { q: ["How often should you count the cash in the drawer?", "ငွေအံဆွဲထဲရှိ ငွေသားကို ဘယ်လောက် မကြာခဏ ရေတွက်သင့်သနည်း။"], o: [["Every day at closing", "နေ့စဉ် ဆိုင်ပိတ်ချိန်တိုင်း"], ["Once a year", "တစ်နှစ်လျှင် တစ်ကြိမ်"], ["Only when money is missing", "ငွေပျောက်မှသာ"], ["Never", "ဘယ်တော့မှ မရေတွက်ပါ"]], a: [0] },
      { q: ["Paying next year's shop rent in advance is…", "နောက်နှစ်အတွက် ဆိုင်ခန်းငှားခကို ကြိုတင်ပေးချေခြင်းသည်…"], o: [["a prepayment (an asset)", "ကြိုတင်ပေးချေမှု (ပိုင်ဆိုင်မှု) ဖြစ်သည်"], ["this month's expense", "ယခုလ၏ အသုံးစရိတ် ဖြစ်သည်"], ["income", "ဝင်ငွေ ဖြစ်သည်"], ["a loan", "ချေးငွေ ဖြစ်သည်"]], a: [0] },
    ],
  },
};
