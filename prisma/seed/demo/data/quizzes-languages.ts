import type { QuizSeed } from "./types.ts";

const ALL = ["(Choose all that apply)", "(မှန်သမျှ ရွေးပါ)"] as const;

export const LANGUAGE_QUIZZES: Record<string, QuizSeed> = {
  "everyday-english-speaking": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["Choose the best reply to “How are you?”", "“How are you?” အတွက် အသင့်တော်ဆုံး အဖြေကို ရွေးပါ။"], o: ["I'm fine, thank you.", "I'm twenty years old.", "I'm a teacher.", "I'm from here."], a: [0] },
      { q: ["Which sentence is correct?", "မှန်ကန်သော ဝါကျကို ရွေးပါ။"], o: ["She goes to work by bus.", "She go to work by bus.", "She going to work by bus.", "She goed to work by bus."], a: [0] },
      { q: ["How do you ask the price politely?", "ဈေးနှုန်းကို ယဉ်ကျေးစွာ မည်သို့ မေးမည်နည်း။"], o: ["How much is this, please?", "Give me price.", "Price what?", "You price?"], a: [0] },
      { q: [`Which of these are greetings? ${ALL[0]}`, `နှုတ်ဆက်စကားများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["Good morning.", "Hello!", "Hi, how are you?", "Goodbye."], a: [0, 1, 2] },
      { q: ["“Could you say that again, please?” means…", "“Could you say that again, please?” ၏ အဓိပ္ပာယ်မှာ…"], o: [["Please repeat what you said", "သင်ပြောခဲ့သည်ကို ထပ်ပြောပေးပါ"], ["Please speak faster", "ပိုမြန်မြန် ပြောပါ"], ["Please stop talking", "စကားမပြောပါနှင့်"], ["Please write it down", "ချရေးပေးပါ"]], a: [0] },
    ],
  },
  "ielts-preparation": {
    passMark: 70, minutes: 10,
    questions: [
      { q: ["How many parts does the IELTS Listening test have?", "IELTS Listening စာမေးပွဲတွင် အပိုင်း ဘယ်နှစ်ပိုင်း ပါသနည်း။"], o: [["4", "၄"], ["3", "၃"], ["2", "၂"], ["5", "၅"]], a: [0] },
      { q: ["How long is the IELTS Speaking test?", "IELTS Speaking စာမေးပွဲ ကြာချိန်မှာ မည်မျှနည်း။"], o: [["11–14 minutes", "၁၁ မိနစ်မှ ၁၄ မိနစ်"], ["30 minutes", "မိနစ် ၃၀"], ["1 hour", "၁ နာရီ"], ["5 minutes", "၅ မိနစ်"]], a: [0] },
      { q: ["What is the minimum length of a Writing Task 2 essay?", "Writing Task 2 essay ၏ အနည်းဆုံး စကားလုံး အရေအတွက်မှာ မည်မျှနည်း။"], o: [["250 words", "စကားလုံး ၂၅၀"], ["150 words", "စကားလုံး ၁၅၀"], ["100 words", "စကားလုံး ၁၀၀"], ["400 words", "စကားလုံး ၄၀၀"]], a: [0] },
      { q: ["In Reading, when is “Not Given” the answer?", "Reading တွင် “Not Given” ကို မည်သည့်အခါ ဖြေရသနည်း။"], o: [["The passage has no information about the statement", "စာပိုဒ်တွင် ထိုဖော်ပြချက်နှင့် ပတ်သက်သော အချက်အလက် မပါသည့်အခါ"], ["The statement contradicts the passage", "ဖော်ပြချက်က စာပိုဒ်နှင့် ဆန့်ကျင်သည့်အခါ"], ["The statement agrees with the passage", "ဖော်ပြချက်က စာပိုဒ်နှင့် ကိုက်ညီသည့်အခါ"], ["The question is too hard", "မေးခွန်း ခက်လွန်းသည့်အခါ"]], a: [0] },
      { q: [`Which criteria are used to mark Writing? ${ALL[0]}`, `Writing ကို အမှတ်ပေးရာတွင် သုံးသော စံနှုန်းများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["Task response", "Coherence and cohesion", "Lexical resource", "Handwriting speed"], a: [0, 1, 2] },
      { q: ["How long do you speak in Part 2 of the Speaking test?", "Speaking Part 2 တွင် သင် မည်မျှကြာအောင် ပြောရသနည်း။"], o: [["1–2 minutes", "၁ မိနစ်မှ ၂ မိနစ်"], ["5–6 minutes", "၅ မိနစ်မှ ၆ မိနစ်"], ["30 seconds", "စက္ကန့် ၃၀"], ["10 minutes", "မိနစ် ၁၀"]], a: [0] },
    ],
  },
  "japanese-n5": {
    passMark: 60, minutes: 10,
    questions: [
      { q: ["Which script is used mainly for foreign loanwords?", "နိုင်ငံခြားမှ ယူသုံးသော စကားလုံးများအတွက် အဓိက သုံးသည့် စာလုံးမှာ မည်သည်နည်း။"], o: [["Katakana", "ခါတခါနာ"], ["Hiragana", "ဟီရာဂါနာ"], ["Kanji", "ခန်းဂျိ"], ["Romaji", "ရိုမာဂျိ"]], a: [0] },
      { q: ["What does ありがとう mean?", "ありがとう ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["Thank you", "ကျေးဇူးတင်ပါတယ်"], ["Good morning", "မင်္ဂလာနံနက်ခင်းပါ"], ["Sorry", "တောင်းပန်ပါတယ်"], ["Goodbye", "သွားတော့မယ်"]], a: [0] },
      { q: ["Which particle marks the topic of a sentence?", "ဝါကျ၏ အကြောင်းအရာ (topic) ကို ပြသည့် particle မှာ မည်သည်နည်း။"], o: ["は", "を", "に", "で"], a: [0] },
      { q: ["How do you read 三?", "三 ကို မည်သို့ ဖတ်သနည်း။"], o: ["さん (san)", "に (ni)", "いち (ichi)", "よん (yon)"], a: [0] },
      { q: ["Choose the polite form of たべる (to eat).", "たべる (စားသည်) ၏ ယဉ်ကျေးသော ပုံစံကို ရွေးပါ။"], o: ["たべます", "たべた", "たべない", "たべろ"], a: [0] },
      { q: [`Which of these are hiragana? ${ALL[0]}`, `ဟီရာဂါနာ စာလုံးများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["あ", "の", "カ", "水"], a: [0, 1] },
    ],
  },
  "chinese-hsk1": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["How many tones does Mandarin have, not counting the neutral tone?", "မန်ဒရင်း တရုတ်ဘာသာတွင် ပေါ့သံကို မရေတွက်ဘဲ အသံ (tone) ဘယ်နှစ်မျိုး ရှိသနည်း။"], o: [["4", "၄"], ["2", "၂"], ["6", "၆"], ["9", "၉"]], a: [0] },
      { q: ["What does 你好 (nǐ hǎo) mean?", "你好 (nǐ hǎo) ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["Hello", "မင်္ဂလာပါ"], ["Thank you", "ကျေးဇူးတင်ပါတယ်"], ["Goodbye", "နောက်မှ တွေ့မယ်"], ["Sorry", "တောင်းပန်ပါတယ်"]], a: [0] },
      { q: ["What does 谢谢 (xièxie) mean?", "谢谢 (xièxie) ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["Thank you", "ကျေးဇူးတင်ပါတယ်"], ["Please", "ကျေးဇူးပြု၍"], ["Yes", "ဟုတ်ကဲ့"], ["Water", "ရေ"]], a: [0] },
      { q: ["How do you ask “How much is it?”", "“ဘယ်လောက်လဲ” (ဈေးနှုန်း) ကို မည်သို့ မေးသနည်း။"], o: ["多少钱？ (duōshao qián?)", "你好吗？ (nǐ hǎo ma?)", "再见 (zàijiàn)", "对不起 (duìbuqǐ)"], a: [0] },
      { q: [`Which words are family members? ${ALL[0]}`, `မိသားစုဝင်များကို ဆိုလိုသော စကားလုံးများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["妈妈 (māma)", "爸爸 (bàba)", "老师 (lǎoshī)", "哥哥 (gēge)"], a: [0, 1, 3] },
    ],
  },
  "korean-eps-topik": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["How many basic letters does Hangul have?", "ဟန်ဂူးတွင် အခြေခံ စာလုံး ဘယ်နှစ်လုံး ရှိသနည်း။"], o: [["24", "၂၄"], ["40", "၄၀"], ["12", "၁၂"], ["26", "၂၆"]], a: [0] },
      { q: ["What does 감사합니다 mean?", "감사합니다 ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["Thank you", "ကျေးဇူးတင်ပါတယ်"], ["Hello", "မင်္ဂလာပါ"], ["I'm sorry", "တောင်းပန်ပါတယ်"], ["Be careful", "သတိထားပါ"]], a: [0] },
      { q: ["What does 위험 mean on a sign at work?", "အလုပ်ခွင်ရှိ ဆိုင်းဘုတ်ပေါ်ရှိ 위험 ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["Danger", "အန္တရာယ်"], ["Exit", "ထွက်ပေါက်"], ["Toilet", "အိမ်သာ"], ["Office", "ရုံးခန်း"]], a: [0] },
      { q: [`Which of these are Hangul vowels? ${ALL[0]}`, `ဟန်ဂူး သရများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["ㅏ", "ㅗ", "ㄱ", "ㅣ"], a: [0, 1, 3] },
      { q: ["How do you greet someone politely in Korean?", "ကိုရီးယားလို ယဉ်ကျေးစွာ မည်သို့ နှုတ်ဆက်သနည်း။"], o: ["안녕하세요", "잘 가", "미안해", "괜찮아"], a: [0] },
    ],
  },
};
