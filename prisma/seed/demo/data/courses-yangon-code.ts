import type { CenterCourses } from "./types.ts";

export const YANGON_CODE_COURSES: CenterCourses = {
  center: "yangon-code-academy",
  courses: [
    {
      slug: "python-for-beginners", category: "programming", level: "BEGINNER", language: "MY", price: 85_000,
      instructors: ["min-htet-kyaw"], live: true,
      title: ["Python for Beginners", "စတင်လေ့လာသူများအတွက် Python"],
      summary: ["Write your first programs in Python, step by step, in Burmese.", "Python ဖြင့် ပထမဆုံး ပရိုဂရမ်များကို မြန်မာလို တစ်ဆင့်ချင်း ရေးသားကြည့်ပါ။"],
      about: ["No experience needed: we start from installing Python and finish with a small currency converter you build yourself.", "အတွေ့အကြုံ မလိုအပ်ပါ။ Python ထည့်သွင်းခြင်းမှ စတင်ပြီး ကိုယ်တိုင်တည်ဆောက်မည့် ငွေလဲနှုန်းတွက် ပရိုဂရမ်လေးဖြင့် အဆုံးသတ်ပါမည်။"],
      sections: [
        ["Getting started", "စတင်ခြင်း", [["Welcome and course overview", "သင်တန်းမိတ်ဆက်နှင့် ခြုံငုံသုံးသပ်ချက်"], ["Installing Python and VS Code", "Python နှင့် VS Code ထည့်သွင်းခြင်း"], ["Your first program", "ပထမဆုံး ပရိုဂရမ် ရေးကြည့်ခြင်း"]]],
        ["Core building blocks", "အခြေခံ အစိတ်အပိုင်းများ", [["Variables and data types", "Variable များနှင့် ဒေတာအမျိုးအစားများ"], ["Conditions with if and else", "if နှင့် else ဖြင့် အခြေအနေ စစ်ဆေးခြင်း"], ["Loops", "Loop များ"], ["Functions", "Function များ"]]],
        ["Mini project", "အသေးစား ပရောဂျက်", [["Building a currency converter", "ငွေလဲနှုန်းတွက် ပရိုဂရမ် တည်ဆောက်ခြင်း"], ["Summary and next steps", "အနှစ်ချုပ်နှင့် နောက်ထပ် လေ့လာရန်"]]],
      ],
    },
    {
      slug: "html-css-basics", category: "programming", level: "BEGINNER", language: "MY", price: 0,
      instructors: ["zaw-lin-htun"],
      title: ["HTML and CSS Basics", "HTML နှင့် CSS အခြေခံ"],
      summary: ["A free first step into building websites.", "ဝက်ဘ်ဆိုက် တည်ဆောက်ခြင်းသို့ အခမဲ့ ပထမခြေလှမ်း။"],
      about: ["Learn how web pages are built and make a simple personal page that looks good on a phone.", "ဝက်ဘ်စာမျက်နှာများ တည်ဆောက်ပုံကို လေ့လာပြီး ဖုန်းပေါ်တွင် ကြည့်ကောင်းသော ကိုယ်ပိုင်စာမျက်နှာလေး တစ်ခု ပြုလုပ်ပါမည်။"],
      sections: [
        ["Introduction", "နိဒါန်း", [["How websites work", "ဝက်ဘ်ဆိုက်များ အလုပ်လုပ်ပုံ"], ["Your first HTML page", "ပထမဆုံး HTML စာမျက်နှာ"]]],
        ["Styling with CSS", "CSS ဖြင့် အလှဆင်ခြင်း", [["Selectors and colours", "Selector များနှင့် အရောင်များ"], ["Layout with Flexbox", "Flexbox ဖြင့် Layout ချခြင်း"], ["Designing for mobile screens", "ဖုန်းမျက်နှာပြင်အတွက် ဒီဇိုင်းဆွဲခြင်း"]]],
      ],
    },
    {
      slug: "modern-javascript", category: "programming", level: "INTERMEDIATE", language: "BILINGUAL", price: 120_000,
      instructors: ["min-htet-kyaw", "zaw-lin-htun"], live: true,
      title: ["Modern JavaScript for Web Development", "ဝက်ဘ်ဖွံ့ဖြိုးရေးအတွက် ခေတ်မီ JavaScript"],
      summary: ["From the basics of the language to async code and APIs.", "ဘာသာစကား အခြေခံမှသည် async code နှင့် API များအထိ။"],
      about: ["For learners who know a little HTML and want to make pages interactive, fetch data and write clean modern code.", "HTML အနည်းငယ် သိထားပြီး စာမျက်နှာများကို အပြန်အလှန် တုံ့ပြန်နိုင်အောင်၊ ဒေတာ ရယူနိုင်အောင်နှင့် သပ်ရပ်သော ခေတ်မီ code ရေးနိုင်ရန် လိုလားသူများအတွက် ဖြစ်ပါသည်။"],
      sections: [
        ["JavaScript essentials", "JavaScript အခြေခံများ", [["let, const and scope", "let၊ const နှင့် scope"], ["Arrays and objects", "Array နှင့် Object များ"], ["Arrow functions", "Arrow function များ"]]],
        ["Working in the browser", "ဘရောက်ဇာထဲတွင် အလုပ်လုပ်ခြင်း", [["Working with the DOM", "DOM ကို ကိုင်တွယ်ခြင်း"], ["Handling events", "Event များကို ကိုင်တွယ်ခြင်း"], ["Fetching data from an API", "API မှ ဒေတာ ရယူခြင်း"]]],
        ["Asynchronous code", "Asynchronous code", [["Promises", "Promise များ"], ["async and await", "async နှင့် await"]]],
      ],
    },
    {
      slug: "react-nextjs-bootcamp", category: "programming", level: "ADVANCED", language: "BILINGUAL", price: 250_000,
      instructors: ["zaw-lin-htun", "min-htet-kyaw"], live: true,
      title: ["React and Next.js Bootcamp", "React နှင့် Next.js Bootcamp"],
      summary: ["Build and ship a fast, bilingual web app with React and Next.js.", "React နှင့် Next.js ဖြင့် မြန်ဆန်ပြီး နှစ်ဘာသာသုံး ဝက်ဘ်အက်ပ်ကို တည်ဆောက် ထုတ်ဝေပါ။"],
      about: ["An intensive course for JavaScript developers: components, server rendering, data fetching and deployment, with a final project.", "JavaScript developer များအတွက် အထူးပြု သင်တန်းဖြစ်ပြီး component၊ server rendering၊ ဒေတာရယူခြင်းနှင့် deploy လုပ်ခြင်းတို့ကို နောက်ဆုံး ပရောဂျက်ဖြင့် လေ့လာပါမည်။"],
      sections: [
        ["React fundamentals", "React အခြေခံ", [["Components and props", "Component နှင့် Props"], ["State and hooks", "State နှင့် Hook များ"], ["Lists and forms", "List နှင့် Form များ"]]],
        ["Next.js", "Next.js", [["Routing with the App Router", "App Router ဖြင့် Routing"], ["Server components", "Server Component များ"], ["Data fetching and caching", "ဒေတာရယူခြင်းနှင့် Caching"]]],
        ["Shipping your app", "App ကို ထုတ်ဝေခြင်း", [["Deploying your app", "App ကို Deploy လုပ်ခြင်း"], ["Performance on slow networks", "အင်တာနက် နှေးသည့်နေရာများအတွက် စွမ်းဆောင်ရည်"]]],
      ],
    },
    {
      slug: "flutter-mobile-apps", category: "programming", level: "INTERMEDIATE", language: "MY", price: 180_000,
      instructors: ["min-htet-kyaw"],
      title: ["Build Mobile Apps with Flutter", "Flutter ဖြင့် မိုဘိုင်းအက်ပ် ဖန်တီးခြင်း"],
      summary: ["One codebase for Android and iOS apps.", "Android နှင့် iOS အက်ပ်များအတွက် code တစ်မျိုးတည်း။"],
      about: ["Learn Dart and Flutter by building a shopping list app that works offline and talks to a REST API.", "အင်တာနက်မရှိချိန်တွင်လည်း အလုပ်လုပ်ပြီး REST API နှင့် ချိတ်ဆက်သော ဈေးဝယ်စာရင်း အက်ပ်တစ်ခုကို တည်ဆောက်ရင်း Dart နှင့် Flutter ကို လေ့လာပါမည်။"],
      sections: [
        ["Dart basics", "Dart အခြေခံ", [["Dart syntax", "Dart ရေးထုံး"], ["Classes and null safety", "Class နှင့် Null safety"]]],
        ["Flutter UI", "Flutter UI", [["Widgets and layouts", "Widget နှင့် Layout များ"], ["Navigation between screens", "Screen များကြား သွားလာခြင်း"], ["Forms and input", "Form နှင့် ထည့်သွင်းမှုများ"]]],
        ["Working with data", "ဒေတာနှင့် အလုပ်လုပ်ခြင်း", [["Calling REST APIs", "REST API ခေါ်ယူခြင်း"], ["Storing data on the device", "ဖုန်းထဲတွင် ဒေတာ သိမ်းဆည်းခြင်း"]]],
      ],
    },
    {
      slug: "sql-for-data-analysis", category: "data", level: "BEGINNER", language: "MY", price: 95_000,
      instructors: ["hnin-ei-phyu"], live: true,
      title: ["SQL for Data Analysis", "ဒေတာ ခွဲခြမ်းစိတ်ဖြာမှုအတွက် SQL"],
      summary: ["Ask questions of your data with SQL.", "SQL ဖြင့် သင့်ဒေတာထံ မေးခွန်းများ မေးကြည့်ပါ။"],
      about: ["Query, join and summarise real sales data from a Yangon shop, and learn to answer business questions with confidence.", "ရန်ကုန်ရှိ ဆိုင်တစ်ဆိုင်၏ တကယ့် အရောင်းဒေတာကို query၊ join နှင့် အနှစ်ချုပ်ရင်း စီးပွားရေး မေးခွန်းများကို ယုံကြည်စွာ ဖြေဆိုနိုင်အောင် လေ့လာပါမည်။"],
      sections: [
        ["SELECT basics", "SELECT အခြေခံ", [["Tables, rows and columns", "Table၊ Row နှင့် Column"], ["Filtering with WHERE", "WHERE ဖြင့် စစ်ထုတ်ခြင်း"], ["Sorting and limiting", "စီခြင်းနှင့် ကန့်သတ်ခြင်း"]]],
        ["Combining data", "ဒေတာ ပေါင်းစပ်ခြင်း", [["JOINs explained", "JOIN များ ရှင်းလင်းချက်"], ["GROUP BY and aggregates", "GROUP BY နှင့် စုစုပေါင်း တွက်ချက်ခြင်း"]]],
        ["Case study", "လက်တွေ့ လေ့လာမှု", [["Analysing a shop's sales", "ဆိုင်တစ်ဆိုင်၏ အရောင်းစာရင်း ခွဲခြမ်းစိတ်ဖြာခြင်း"], ["Summary", "အနှစ်ချုပ်"]]],
      ],
    },
    {
      slug: "excel-data-analysis", category: "data", level: "BEGINNER", language: "MY", price: 60_000,
      instructors: ["hnin-ei-phyu"],
      title: ["Excel for Data Analysis", "ဒေတာ ခွဲခြမ်းစိတ်ဖြာမှုအတွက် Excel"],
      summary: ["Clean, analyse and chart your data in Excel.", "Excel ဖြင့် ဒေတာများကို သန့်စင်၊ ခွဲခြမ်းစိတ်ဖြာပြီး ဇယားကွက် ဆွဲပါ။"],
      about: ["The Excel skills office teams use every day: cleaning data, formulas, pivot tables and charts.", "ရုံးလုပ်ငန်းများတွင် နေ့စဉ် အသုံးပြုနေသည့် ဒေတာ သန့်စင်ခြင်း၊ formula များ၊ pivot table များနှင့် ဇယားကွက်များ ဆွဲခြင်းဆိုင်ရာ Excel ကျွမ်းကျင်မှုများ။"],
      sections: [
        ["Excel essentials", "Excel အခြေခံ", [["Cleaning messy data", "ရှုပ်ထွေးနေသော ဒေတာ သန့်စင်ခြင်း"], ["Essential formulas", "မရှိမဖြစ် Formula များ"]]],
        ["Analysis", "ခွဲခြမ်းစိတ်ဖြာခြင်း", [["Pivot tables", "Pivot Table များ"], ["Looking up values with XLOOKUP", "XLOOKUP ဖြင့် တန်ဖိုးရှာခြင်း"], ["Charts that tell a story", "အဓိပ္ပာယ်ပြည့်ဝသော ဇယားကွက်များ"]]],
      ],
    },
    {
      slug: "data-science-python", category: "data", level: "INTERMEDIATE", language: "BILINGUAL", price: 220_000,
      instructors: ["hnin-ei-phyu", "min-htet-kyaw"], live: true,
      title: ["Data Science with Python and pandas", "Python နှင့် pandas ဖြင့် ဒေတာသိပ္ပံ"],
      summary: ["Explore, visualise and model data with Python.", "Python ဖြင့် ဒေတာများကို လေ့လာ၊ ပုံဖော်ပြီး model တည်ဆောက်ပါ။"],
      about: ["Work through real Myanmar datasets with pandas and matplotlib, then build and evaluate your first prediction model.", "မြန်မာနိုင်ငံ၏ တကယ့် ဒေတာများကို pandas နှင့် matplotlib ဖြင့် လေ့လာပြီး ပထမဆုံး ခန့်မှန်းချက် model ကို တည်ဆောက် အကဲဖြတ်ပါမည်။"],
      sections: [
        ["pandas", "pandas", [["DataFrames", "DataFrame များ"], ["Reading CSV and Excel files", "CSV နှင့် Excel ဖိုင်များ ဖတ်ခြင်း"], ["Cleaning and reshaping data", "ဒေတာ သန့်စင်ခြင်းနှင့် ပုံစံပြောင်းခြင်း"]]],
        ["Visualisation", "ပုံဖော်ခြင်း", [["Charts with matplotlib", "matplotlib ဖြင့် ဇယားကွက်ဆွဲခြင်း"], ["Exploring a dataset", "ဒေတာအစုတစ်ခုကို လေ့လာခြင်း"]]],
        ["Modelling", "Model တည်ဆောက်ခြင်း", [["Linear regression", "Linear Regression"], ["Evaluating a model", "Model ကို အကဲဖြတ်ခြင်း"]]],
      ],
    },
    {
      slug: "ui-ux-design-figma", category: "design", level: "BEGINNER", language: "MY", price: 110_000,
      instructors: ["zaw-lin-htun"],
      title: ["UI/UX Design with Figma", "Figma ဖြင့် UI/UX ဒီဇိုင်း"],
      summary: ["Design apps people enjoy using, from research to prototype.", "သုတေသနမှ prototype အထိ လူတို့ နှစ်သက်စွာ သုံးမည့် အက်ပ်များကို ဒီဇိုင်းဆွဲပါ။"],
      about: ["Learn the design process and Figma, with special attention to Burmese typography and testing with real users.", "ဒီဇိုင်းလုပ်ငန်းစဉ်နှင့် Figma ကို လေ့လာရင်း မြန်မာစာလုံး အသုံးပြုပုံနှင့် တကယ့်အသုံးပြုသူများဖြင့် စမ်းသပ်ခြင်းကို အထူးအလေးပေး လေ့လာပါမည်။"],
      sections: [
        ["Design thinking", "ဒီဇိုင်း စဉ်းစားပုံ", [["Who are your users?", "သင့်အသုံးပြုသူများ မည်သူတို့နည်း"], ["Wireframes", "Wireframe များ"]]],
        ["Figma", "Figma", [["Frames and auto layout", "Frame နှင့် Auto Layout"], ["Components and variants", "Component နှင့် Variant များ"], ["Prototyping", "Prototype ပြုလုပ်ခြင်း"]]],
        ["Designing for Burmese readers", "မြန်မာစာဖတ်သူများအတွက် ဒီဇိုင်း", [["Using Burmese fonts well", "မြန်မာဖောင့်များကို ကောင်းစွာ အသုံးပြုခြင်း"], ["Usability testing", "အသုံးပြုရ လွယ်ကူမှု စမ်းသပ်ခြင်း"]]],
      ],
    },
    {
      slug: "graphic-design-canva", category: "design", level: "BEGINNER", language: "MY", price: 45_000,
      instructors: ["zaw-lin-htun"],
      title: ["Graphic Design for Social Media with Canva", "Canva ဖြင့် ဆိုရှယ်မီဒီယာ ဂရပ်ဖစ်ဒီဇိုင်း"],
      summary: ["Eye-catching posts for your page, without expensive software.", "ဈေးကြီးသော ဆော့ဖ်ဝဲ မလိုဘဲ သင့် Page အတွက် မျက်စိကျစရာ ပို့စ်များ။"],
      about: ["Colour, layout and branding basics, then practice designing posts and a brand kit for a small shop.", "အရောင်၊ အပြင်အဆင်နှင့် branding အခြေခံများကို လေ့လာပြီး ဆိုင်ငယ်တစ်ဆိုင်အတွက် ပို့စ်များနှင့် brand kit ကို လက်တွေ့ ဒီဇိုင်းဆွဲပါမည်။"],
      sections: [
        ["Design basics", "ဒီဇိုင်း အခြေခံ", [["Colour and contrast", "အရောင်နှင့် ခြားနားမှု"], ["Layout and hierarchy", "အပြင်အဆင်နှင့် အရေးကြီးမှု အစီအစဉ်"]]],
        ["Practice", "လက်တွေ့", [["Designing a Facebook post", "Facebook ပို့စ် ဒီဇိုင်းဆွဲခြင်း"], ["A brand kit for a small shop", "ဆိုင်ငယ်တစ်ဆိုင်အတွက် Brand Kit"]]],
      ],
    },
    {
      slug: "docker-devops-fundamentals", category: "programming", level: "INTERMEDIATE", language: "BILINGUAL", price: 150_000, draft: true,
      instructors: ["min-htet-kyaw"],
      title: ["Docker and DevOps Fundamentals", "Docker နှင့် DevOps အခြေခံ"],
      summary: ["Package, test and deploy applications the way modern teams do.", "ခေတ်မီအဖွဲ့များ လုပ်သကဲ့သို့ application များကို package၊ test နှင့် deploy လုပ်ပါ။"],
      about: ["Containers, CI pipelines and deployments for developers who already write code.", "Code ရေးတတ်ပြီးသော developer များအတွက် container၊ CI pipeline နှင့် deploy လုပ်ခြင်း။"],
      sections: [
        ["Containers", "Container များ", [["What is a container?", "Container ဆိုသည်မှာ"], ["Writing a Dockerfile", "Dockerfile ရေးခြင်း"]]],
        ["Pipelines", "Pipeline များ", [["Continuous integration", "Continuous Integration"], ["Deploying safely", "ဘေးကင်းစွာ Deploy လုပ်ခြင်း"]]],
      ],
    },
  ],
};
