import type { ContentLanguage } from "../../../lib/generated/prisma/client.ts";
import { formatNumber } from "./format.ts";

type LessonText = { course: string; title: string; instructor: string; about: string | null; minutes: number | null };

/** Lesson bodies (Markdown) in English, from templates filled with the course's own titles. */
export function lessonBodyEn(kind: "PREVIEW" | "VIDEO" | "TEXT", t: LessonText, variant: number): string {
  if (kind === "PREVIEW") {
    return `## ${t.title}\n\nWelcome to “${t.course}”! This free preview explains what the course covers, how the lessons are organised and how to get help from ${t.instructor}.\n\n${t.about ?? ""}\n`;
  }
  if (kind === "VIDEO") {
    return `## ${t.title}\n\nWatch the video (${t.minutes} minutes). These notes summarise it so you can review later, even on a slow connection.\n\n- Pause the video and try each example yourself.\n- Write down your questions and bring them to the next live class or the course group.\n`;
  }
  return variant === 0
    ? `## ${t.title}\n\nIn this lesson of “${t.course}” we work through “${t.title}” step by step, with examples from everyday life and work in Myanmar.\n\n### What you will learn\n- The key ideas behind this topic\n- Common mistakes and how to avoid them\n- A short exercise to check your understanding\n\n### Exercise\nWrite down three things you learned and share one of them with your classmates in the course group.\n`
    : `## ${t.title}\n\nRead this lesson slowly and keep a notebook next to you. Each part ends with a question; answer it before you move on.\n\n### Practice\n1. Explain “${t.title}” in your own words in two or three sentences.\n2. Find one example of it from your own work, studies or daily life.\n3. Ask ${t.instructor} in the course group if anything is unclear.\n`;
}

/** The same lesson bodies in Burmese. */
export function lessonBodyMy(kind: "PREVIEW" | "VIDEO" | "TEXT", t: LessonText, variant: number): string {
  if (kind === "PREVIEW") {
    return `## ${t.title}\n\n“${t.course}” သင်တန်းမှ ကြိုဆိုပါတယ်။ ဤအခမဲ့ နမူနာ သင်ခန်းစာတွင် သင်တန်း၌ ပါဝင်သည့် အကြောင်းအရာများ၊ သင်ခန်းစာများကို စီစဉ်ထားပုံနှင့် ${t.instructor}ထံမှ အကူအညီ ရယူနည်းကို ရှင်းပြထားပါသည်။\n\n${t.about ?? ""}\n`;
  }
  if (kind === "VIDEO") {
    return `## ${t.title}\n\nဗီဒီယို (${formatNumber(t.minutes ?? 0, "MY")} မိနစ်) ကို ကြည့်ရှုပါ။ အင်တာနက် နှေးကွေးချိန်တွင်လည်း ပြန်လည် လေ့လာနိုင်ရန် ဤမှတ်စုတွင် အနှစ်ချုပ် ဖော်ပြထားပါသည်။\n\n- ဗီဒီယိုကို ခေတ္တရပ်ပြီး ဥပမာ တစ်ခုချင်းကို ကိုယ်တိုင် စမ်းလုပ်ကြည့်ပါ။\n- မေးခွန်းများ ရှိပါက ရေးမှတ်ထားပြီး နောက်တိုက်ရိုက်အတန်း သို့မဟုတ် သင်တန်းအုပ်စုတွင် မေးမြန်းပါ။\n`;
  }
  return variant === 0
    ? `## ${t.title}\n\n“${t.course}” သင်တန်း၏ ဤသင်ခန်းစာတွင် “${t.title}” အကြောင်းကို မြန်မာနိုင်ငံ၏ နေ့စဉ်ဘဝနှင့် လုပ်ငန်းခွင်မှ ဥပမာများဖြင့် တစ်ဆင့်ချင်း လေ့လာသွားပါမည်။\n\n### သင်ယူရမည့် အချက်များ\n- ဤခေါင်းစဉ်၏ အဓိက အယူအဆများ\n- အဖြစ်များသော အမှားများနှင့် ရှောင်ရှားနည်း\n- နားလည်မှုကို စစ်ဆေးရန် လေ့ကျင့်ခန်း အတိုလေး တစ်ခု\n\n### လေ့ကျင့်ခန်း\nသင်လေ့လာခဲ့သော အချက် သုံးချက်ကို ရေးမှတ်ပြီး တစ်ချက်ကို သင်တန်းအုပ်စုရှိ အတန်းဖော်များနှင့် မျှဝေပါ။\n`
    : `## ${t.title}\n\nဤသင်ခန်းစာကို ဖြည်းဖြည်းချင်း ဖတ်ပြီး မှတ်စုစာအုပ်တစ်အုပ် အနားတွင် ထားပါ။ အပိုင်းတိုင်း၏ အဆုံးတွင် မေးခွန်းတစ်ခု ပါရှိပြီး ရှေ့ဆက်မသွားမီ ဖြေကြည့်ပါ။\n\n### လေ့ကျင့်ခန်း\n၁။ “${t.title}” ကို သင့်စကားဖြင့် စာကြောင်း နှစ်ကြောင်း သုံးကြောင်းဖြင့် ရှင်းပြပါ။\n၂။ သင့်အလုပ်၊ ပညာရေး သို့မဟုတ် နေ့စဉ်ဘဝမှ ဥပမာ တစ်ခု ရှာပါ။\n၃။ နားမလည်သည်များ ရှိပါက သင်တန်းအုပ်စုတွင် ${t.instructor}ကို မေးမြန်းပါ။\n`;
}

const TAUGHT_IN: Record<ContentLanguage, [string, string]> = {
  MY: ["Taught in Burmese.", "မြန်မာဘာသာဖြင့် သင်ကြားပါသည်။"],
  EN: ["Taught in English.", "အင်္ဂလိပ်ဘာသာဖြင့် သင်ကြားပါသည်။"],
  BILINGUAL: ["Taught in Burmese and English.", "မြန်မာ၊ အင်္ဂလိပ် နှစ်ဘာသာဖြင့် သင်ကြားပါသည်။"],
};

/** The course's own sentences followed by what it contains, in each language. */
export function describeCourse(
  about: readonly [string | null, string | null],
  shape: { sections: number; lessons: number; quiz: boolean; live: boolean; language: ContentLanguage },
): [string | null, string | null] {
  const [taughtEn, taughtMy] = TAUGHT_IN[shape.language];
  const partsEn = [`${shape.lessons} lessons in ${shape.sections} sections`];
  if (shape.quiz) partsEn.push("a final quiz");
  if (shape.live) partsEn.push("live classes on Zoom");
  const listEn = partsEn.length > 1 ? `${partsEn.slice(0, -1).join(", ")} and ${partsEn.at(-1)}` : partsEn[0];
  const partsMy = [`အပိုင်း ${formatNumber(shape.sections, "MY")} ပိုင်း`, `သင်ခန်းစာ ${formatNumber(shape.lessons, "MY")} ခု`];
  if (shape.quiz) partsMy.push("နောက်ဆုံး စာမေးပွဲငယ်");
  if (shape.live) partsMy.push("Zoom ဖြင့် တိုက်ရိုက် အတန်းများ");
  return [
    about[0] && `${about[0]}\n\nWhat you get: ${listEn}. ${taughtEn}`,
    about[1] && `${about[1]}\n\nပါဝင်သည်များ - ${partsMy.join("၊ ")}။ ${taughtMy}`,
  ];
}
