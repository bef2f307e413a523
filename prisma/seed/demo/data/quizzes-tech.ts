import type { QuizSeed } from "./types.ts";

const ALL = ["(Choose all that apply)", "(မှန်သမျှ ရွေးပါ)"] as const;

export const TECH_QUIZZES: Record<string, QuizSeed> = {
  "python-for-beginners": {
    passMark: 60, minutes: 10,
    questions: [
      { q: ["Which function prints text to the screen in Python?", "Python တွင် စာသားကို မျက်နှာပြင်ပေါ် ဖော်ပြရန် မည်သည့် function ကို သုံးသနည်း။"], o: ["print()", "echo()", "console.log()", "write()"], a: [0] },
      { q: ["What is the value of 7 // 2 in Python?", "Python တွင် 7 // 2 ၏ တန်ဖိုးမှာ အဘယ်နည်း။"], o: ["3", "3.5", "4", "1"], a: [0] },
      { q: [`Which of these are built-in Python data types? ${ALL[0]}`, `Python တွင် ပါရှိပြီးသော ဒေတာအမျိုးအစားများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["list", "dict", "tuple", "array2d"], a: [0, 1, 2] },
      { q: ["Which keyword defines a function?", "Function တစ်ခုကို သတ်မှတ်ရန် မည်သည့် keyword ကို သုံးသနည်း။"], o: ["def", "function", "fun", "define"], a: [0] },
      { q: ['What does len("Mandalay") return?', 'len("Mandalay") က မည်သည့်တန်ဖိုးကို ပြန်ပေးသနည်း။'], o: ["8", "7", "9", '"Mandalay"'], a: [0] },
      { q: ["Which loop repeats while a condition stays true?", "အခြေအနေတစ်ခု မှန်နေသရွေ့ ထပ်ခါထပ်ခါ လုပ်ဆောင်သည့် loop မှာ မည်သည်နည်း။"], o: ["while", "if", "try", "def"], a: [0] },
    ],
  },
  "modern-javascript": {
    passMark: 70, minutes: 12,
    questions: [
      { q: ["Which keyword declares a variable that cannot be reassigned?", "ပြန်လည်သတ်မှတ်၍ မရသော variable ကို ကြေညာရန် မည်သည့် keyword ကို သုံးသနည်း။"], o: ["const", "let", "var", "static"], a: [0] },
      { q: ["What does [1, 2, 3].map(x => x * 2) return?", "[1, 2, 3].map(x => x * 2) က မည်သည့်တန်ဖိုးကို ပြန်ပေးသနည်း။"], o: ["[2, 4, 6]", "[1, 2, 3, 1, 2, 3]", "12", "undefined"], a: [0] },
      { q: [`Which of these values are falsy in JavaScript? ${ALL[0]}`, `JavaScript တွင် falsy ဖြစ်သော တန်ဖိုးများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["0", ['"" (an empty string)', '"" (စာသားအလွတ်)'], "null", '"0"'], a: [0, 1, 2] },
      { q: ["What is the result of typeof null?", "typeof null ၏ ရလဒ်မှာ အဘယ်နည်း။"], o: ['"object"', '"null"', '"undefined"', '"number"'], a: [0] },
      { q: ["Which method turns a JSON string into an object?", "JSON စာသားကို object အဖြစ် ပြောင်းပေးသော method မှာ မည်သည်နည်း။"], o: ["JSON.parse()", "JSON.stringify()", "Object.from()", "JSON.toObject()"], a: [0] },
      { q: ["Inside an async function, what does await do?", "async function အတွင်း await က ဘာလုပ်ပေးသနည်း။"], o: [["Waits for a promise to settle", "Promise တစ်ခု ပြီးဆုံးသည်အထိ စောင့်ပေးသည်"], ["Starts a new thread", "Thread အသစ်တစ်ခု စတင်သည်"], ["Stops the whole program", "ပရိုဂရမ်တစ်ခုလုံးကို ရပ်တန့်စေသည်"], ["Repeats the line", "ထိုစာကြောင်းကို ထပ်ခါ လုပ်ဆောင်သည်"]], a: [0] },
    ],
  },
  "react-nextjs-bootcamp": {
    passMark: 70, minutes: 10,
    questions: [
      { q: ["Which hook keeps local state in a component?", "Component အတွင်း local state ကို ထိန်းသိမ်းရန် မည်သည့် hook ကို သုံးသနည်း။"], o: ["useState", "useEffect", "useContext", "useId"], a: [0] },
      { q: ["In the Next.js App Router, which file defines the UI of a route?", "Next.js App Router တွင် route တစ်ခု၏ UI ကို မည်သည့်ဖိုင်က သတ်မှတ်သနည်း။"], o: ["page.tsx", "route.tsx", "index.html", "view.tsx"], a: [0] },
      { q: ["Why does React need a key on list items?", "List ထဲရှိ item များတွင် React က key ကို ဘာကြောင့် လိုအပ်သနည်း။"], o: [["To tell items apart between renders", "Render တစ်ကြိမ်နှင့်တစ်ကြိမ်ကြား item များကို ခွဲခြားသိရှိရန်"], ["To encrypt the list", "List ကို စာဝှက်ရန်"], ["To sort the list", "List ကို စီရန်"], ["To style the items", "Item များကို အလှဆင်ရန်"]], a: [0] },
      { q: [`Which of these run only on the server by default in the App Router? ${ALL[0]}`, `App Router တွင် default အားဖြင့် server ပေါ်၌သာ အလုပ်လုပ်သည့်အရာများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Server Components", "Server Component များ"], ["Route handlers", "Route handler များ"], ['Components marked "use client"', '"use client" ပါသော component များ'], ["onClick handlers", "onClick handler များ"]], a: [0, 1] },
      { q: ["What does useEffect with an empty dependency array do?", "Dependency array အလွတ်ပါသော useEffect က ဘာလုပ်သနည်း။"], o: [["Runs once after the first render", "ပထမအကြိမ် render ပြီးနောက် တစ်ကြိမ်သာ အလုပ်လုပ်သည်"], ["Runs on every render", "Render တိုင်း အလုပ်လုပ်သည်"], ["Never runs", "လုံးဝ အလုပ်မလုပ်ပါ"], ["Runs before the first render", "ပထမ render မတိုင်မီ အလုပ်လုပ်သည်"]], a: [0] },
    ],
  },
  "sql-for-data-analysis": {
    passMark: 60, minutes: 10,
    questions: [
      { q: ["Which clause filters rows before grouping?", "Group မဖွဲ့မီ row များကို စစ်ထုတ်ရန် မည်သည့် clause ကို သုံးသနည်း။"], o: ["WHERE", "HAVING", "ORDER BY", "LIMIT"], a: [0] },
      { q: ["Which clause filters groups after GROUP BY?", "GROUP BY ပြီးနောက် group များကို စစ်ထုတ်ရန် မည်သည့် clause ကို သုံးသနည်း။"], o: ["HAVING", "WHERE", "SELECT", "FROM"], a: [0] },
      { q: ["An INNER JOIN returns…", "INNER JOIN က ပြန်ပေးသည်မှာ…"], o: [["Only rows with a match in both tables", "Table နှစ်ခုလုံးတွင် ကိုက်ညီမှုရှိသော row များသာ"], ["All rows of the left table", "ဘယ်ဘက် table ၏ row အားလုံး"], ["All rows of both tables", "Table နှစ်ခုလုံး၏ row အားလုံး"], ["No rows", "Row တစ်ခုမျှ မပါ"]], a: [0] },
      { q: [`Which are aggregate functions? ${ALL[0]}`, `Aggregate function များမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: ["SUM()", "COUNT()", "AVG()", "UPPER()"], a: [0, 1, 2] },
      { q: ["How do you sort results from the highest price to the lowest?", "ရလဒ်များကို ဈေးနှုန်း အမြင့်ဆုံးမှ အနိမ့်ဆုံးသို့ မည်သို့ စီမည်နည်း။"], o: ["ORDER BY price DESC", "ORDER BY price ASC", "SORT price DOWN", "GROUP BY price"], a: [0] },
      { q: ["What does COUNT(*) count?", "COUNT(*) က ဘာကို ရေတွက်သနည်း။"], o: [["All rows, including rows with NULLs", "NULL ပါသော row များ အပါအဝင် row အားလုံး"], ["Only non-NULL values", "NULL မဟုတ်သော တန်ဖိုးများသာ"], ["Only distinct values", "မတူညီသော တန်ဖိုးများသာ"], ["Columns", "Column များ"]], a: [0] },
    ],
  },
  "excel-data-analysis": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["Which function adds up a range of cells?", "Cell အစုအဝေးတစ်ခုကို ပေါင်းပေးသော function မှာ မည်သည်နည်း။"], o: ["SUM", "COUNT", "MAX", "CONCAT"], a: [0] },
      { q: ["What does XLOOKUP do?", "XLOOKUP က ဘာလုပ်ပေးသနည်း။"], o: [["Finds a value in a range and returns the matching value", "အစုအဝေးတစ်ခုတွင် တန်ဖိုးကို ရှာပြီး ကိုက်ညီသည့် တန်ဖိုးကို ပြန်ပေးသည်"], ["Draws a chart", "ဇယားကွက် ဆွဲပေးသည်"], ["Deletes duplicates", "ထပ်နေသည်များကို ဖျက်ပေးသည်"], ["Locks a cell", "Cell ကို သော့ခတ်ပေးသည်"]], a: [0] },
      { q: ["Which feature summarises thousands of rows by category in a few clicks?", "Row ထောင်ချီကို အမျိုးအစားအလိုက် ကလစ်အနည်းငယ်ဖြင့် အနှစ်ချုပ်ပေးသော feature မှာ မည်သည်နည်း။"], o: ["Pivot Table", "Freeze Panes", ["Spell check", "စာလုံးပေါင်း စစ်ဆေးခြင်း"], "Page Layout"], a: [0] },
      { q: ["In a formula, what does $A$1 mean?", "Formula တစ်ခုတွင် $A$1 ၏ အဓိပ္ပာယ်မှာ အဘယ်နည်း။"], o: [["An absolute reference that does not change when copied", "Copy ကူးသောအခါ မပြောင်းလဲသော absolute reference"], ["A cell formatted as currency", "ငွေကြေးပုံစံ ချထားသော cell"], ["A hidden cell", "ဝှက်ထားသော cell"], ["An error", "အမှားတစ်ခု"]], a: [0] },
      { q: [`Which are good ways to clean data? ${ALL[0]}`, `ဒေတာ သန့်စင်ရာတွင် သင့်လျော်သော နည်းလမ်းများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["Remove duplicate rows", "ထပ်နေသော row များကို ဖယ်ရှားခြင်း"], ["Trim extra spaces with TRIM", "TRIM ဖြင့် အပိုနေရာလွတ်များ ဖယ်ရှားခြင်း"], ["Use one date format", "ရက်စွဲပုံစံ တစ်မျိုးတည်း သုံးခြင်း"], ["Type totals by hand over the formulas", "Formula များအပေါ်တွင် စုစုပေါင်းကို လက်ဖြင့် ရိုက်ထည့်ခြင်း"]], a: [0, 1, 2] },
    ],
  },
  "ui-ux-design-figma": {
    passMark: 60, minutes: 8,
    questions: [
      { q: ["What is a wireframe?", "Wireframe ဆိုသည်မှာ အဘယ်နည်း။"], o: [["A simple layout sketch of a screen", "Screen တစ်ခု၏ ရိုးရှင်းသော အပြင်အဆင် ပုံကြမ်း"], ["The final coloured design", "အရောင်ပါ နောက်ဆုံး ဒီဇိုင်း"], ["A database diagram", "ဒေတာဘေ့စ် ပုံကြမ်း"], ["A marketing plan", "မားကတ်တင်း အစီအစဉ်"]], a: [0] },
      { q: ["In Figma, what does Auto Layout help with?", "Figma တွင် Auto Layout က ဘာကို ကူညီပေးသနည်း။"], o: [["Frames that resize with their content", "Content အလိုက် အရွယ်အစား ပြောင်းလဲသော frame များ"], ["Exporting code", "Code ထုတ်ယူခြင်း"], ["Translating text", "စာသား ဘာသာပြန်ခြင်း"], ["Compressing images", "ပုံများကို ချုံ့ခြင်း"]], a: [0] },
      { q: ["Why test a design with real users?", "ဒီဇိုင်းကို တကယ့် အသုံးပြုသူများဖြင့် ဘာကြောင့် စမ်းသပ်သင့်သနည်း။"], o: [["To find problems the team cannot see", "အဖွဲ့က မမြင်နိုင်သော ပြဿနာများကို ရှာဖွေရန်"], ["To make the design longer", "ဒီဇိုင်းကို ပိုရှည်စေရန်"], ["To skip development", "Development ကို ကျော်ရန်"], ["It is not useful", "အသုံးမဝင်ပါ"]], a: [0] },
      { q: [`Which make Burmese text easier to read on screen? ${ALL[0]}`, `Screen ပေါ်ရှိ မြန်မာစာကို ဖတ်ရလွယ်ကူစေသည့်အရာများမှာ မည်သည်တို့နည်း။ ${ALL[1]}`], o: [["A generous line height", "စာကြောင်းအကွာအဝေး လုံလောက်စွာ ကျယ်ခြင်း"], ["A Unicode font such as Noto Sans Myanmar", "Noto Sans Myanmar ကဲ့သို့ Unicode ဖောင့်"], ["Enough colour contrast", "လုံလောက်သော အရောင် ခြားနားမှု"], ["Very small text", "အလွန်သေးငယ်သော စာလုံး"]], a: [0, 1, 2] },
      { q: ["What is a component in Figma?", "Figma ရှိ component ဆိုသည်မှာ အဘယ်နည်း။"], o: [["A reusable design element", "ပြန်လည် အသုံးပြုနိုင်သော ဒီဇိုင်း အစိတ်အပိုင်း"], ["A plugin", "Plugin တစ်ခု"], ["A font file", "ဖောင့်ဖိုင်"], ["A comment", "မှတ်ချက်"]], a: [0] },
    ],
  },
};
