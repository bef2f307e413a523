/**
 * Synthetic catalog for scripts/bench/search.ts: mixed Burmese/English course titles and summaries
 * from word lists, bulk-inserted with multi-row INSERT … SELECT FROM unnest($1, $2, …).
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";

// [English, Burmese] topics and modifiers, as centers in Yangon and Mandalay name their courses.
export const TOPICS: [string, string][] = [
  ["Python", "Python"], ["JavaScript", "JavaScript"], ["Excel", "Excel"], ["Accounting", "စာရင်းကိုင်"],
  ["English", "အင်္ဂလိပ်စာ"], ["Japanese", "ဂျပန်စာ"], ["Korean", "ကိုရီးယားစာ"], ["Chinese", "တရုတ်စာ"],
  ["Photography", "ဓာတ်ပုံ"], ["Marketing", "ဈေးကွက်ရှာဖွေရေး"], ["Graphic Design", "ဂရပ်ဖစ် ဒီဇိုင်း"],
  ["Music", "ဂီတ"], ["Guitar", "ဂစ်တာ"], ["Piano", "စန္ဒယား"], ["Cooking", "ချက်ပြုတ်နည်း"], ["Baking", "မုန့်ဖုတ်နည်း"],
  ["Yoga", "ယောဂ"], ["Computer Basics", "ကွန်ပျူတာ"], ["Programming", "ပရိုဂရမ်းမင်း"], ["Data Science", "ဒေတာ သိပ္ပံ"],
  ["Mathematics", "သင်္ချာ"], ["Physics", "ရူပဗေဒ"], ["Chemistry", "ဓာတုဗေဒ"], ["Biology", "ဇီဝဗေဒ"],
  ["Speaking", "စကားပြော"], ["Grammar", "သဒ္ဒါ"], ["Myanmar Literature", "မြန်မာစာ"], ["Leadership", "ခေါင်းဆောင်မှု"],
  ["Finance", "ဘဏ္ဍာရေး"], ["Video Editing", "ဗီဒီယို တည်းဖြတ်ခြင်း"], ["Painting", "ပန်းချီ"], ["Web Development", "ဝဘ်ဆိုက် ဖန်တီးခြင်း"],
  ["Mobile Apps", "မိုဘိုင်း အက်ပ်"], ["Networking", "ကွန်ရက်"], ["Linux", "Linux"], ["SQL Databases", "ဒေတာဘေ့စ်"],
  ["Business", "စီးပွားရေး"], ["IELTS Preparation", "IELTS ပြင်ဆင်ခြင်း"], ["Nursing", "သူနာပြု"], ["Tailoring", "အပ်ချုပ်"],
];
export const MODIFIERS: [string, string][] = [
  ["Basic", "အခြေခံ"], ["Advanced", "အဆင့်မြင့်"], ["Complete", "ပြည့်စုံသော"], ["Practical", "လက်တွေ့"],
  ["Introduction to", "မိတ်ဆက်"], ["Intermediate", "အလယ်အလတ်"], ["for Kids", "ကလေးများအတွက်"], ["for Adults", "လူကြီးများအတွက်"],
  ["Online", "အွန်လိုင်း"], ["Weekend", "စနေ တနင်္ဂနွေ"], ["Masterclass", "ကျွမ်းကျင်သူ"], ["Fundamentals of", "အခြေခံ သဘောတရား"],
];
const FILLER_EN = ["learn", "step by step", "with projects", "from zero", "hands-on", "exam", "certificate", "teacher", "lessons", "practice", "skills", "career", "weekly", "homework"];
const FILLER_MY = ["လေ့လာပါ", "အဆင့်ဆင့်", "လက်တွေ့ လုပ်ငန်း", "စာမေးပွဲ", "လက်မှတ်", "ဆရာ", "သင်ခန်းစာ", "လေ့ကျင့်ခန်း", "အသက်မွေးဝမ်းကျောင်း", "အပတ်စဉ်", "အိမ်စာ"];
export const CENTERS: [string, string][] = [
  ["Golden Lotus Academy", "ရွှေကြာ သင်တန်းကျောင်း"], ["Yangon Tech Institute", "ရန်ကုန် နည်းပညာ သင်တန်း"],
  ["Mandalay Language Center", "မန္တလေး ဘာသာစကား စင်တာ"], ["Shwe Learning Hub", "ရွှေ ပညာရေး"], ["Bagan Skills School", "ပုဂံ ကျွမ်းကျင်မှု ကျောင်း"],
];
export const INSTRUCTORS: [string, string][] = [
  ["Daw Hla Hla", "ဒေါ်လှလှ"], ["U Kyaw Zin", "ဦးကျော်ဇင်"], ["Saya Aung Min", "ဆရာ အောင်မင်း"], ["Daw Thida", "ဒေါ်သီတာ"],
  ["Ko Zaw Win", "ကိုဇော်ဝင်း"], ["Ma Su Su", "မစုစု"], ["U Min Thu", "ဦးမင်းသူ"], ["Daw Khin Khin", "ဒေါ်ခင်ခင်"],
];

/** Deterministic PRNG (mulberry32): the same catalog every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function insertCatalog(client: pg.Client, courseCount: number): Promise<void> {
  const rnd = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const now = new Date();
  const centerIds = CENTERS.map(() => randomUUID());
  const pendingCenterId = randomUUID();
  await client.query(
    `INSERT INTO centers (id, slug, name_en, name_my, status, updated_at)
     SELECT id, slug, name_en, name_my, status::"CenterStatus", now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, slug, name_en, name_my, status)`,
    [[...centerIds, pendingCenterId], [...CENTERS.map((_, i) => `center-${i}`), "center-pending"], [...CENTERS.map((c) => c[0]), "Pending Python Center"], [...CENTERS.map((c) => c[1]), "စောင့်ဆိုင်း"], [...CENTERS.map(() => "ACTIVE"), "PENDING"]],
  );
  const categoryIds = Array.from({ length: 8 }, () => randomUUID());
  await client.query(
    `INSERT INTO categories (id, slug, name_en, name_my, updated_at) SELECT id, 'cat-' || n, 'Category ' || n, 'အမျိုးအစား ' || n, now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [categoryIds],
  );
  const userIds = INSTRUCTORS.map(() => randomUUID());
  const instructorIds = INSTRUCTORS.map(() => randomUUID());
  await client.query(`INSERT INTO users (id, updated_at) SELECT id, now() FROM unnest($1::uuid[]) AS t(id)`, [userIds]);
  await client.query(
    `INSERT INTO instructor_profiles (id, user_id, display_name_en, display_name_my, updated_at) SELECT * , now() FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
    [instructorIds, userIds, INSTRUCTORS.map((i) => i[0]), INSTRUCTORS.map((i) => i[1])],
  );

  const batch = 5000;
  for (let start = 0; start < courseCount; start += batch) {
    const cols = { id: [] as string[], center: [] as string[], category: [] as string[], slug: [] as string[], status: [] as string[], titleEn: [] as string[], titleMy: [] as string[], summaryEn: [] as string[], summaryMy: [] as string[], published: [] as (Date | null)[] };
    const links = { id: [] as string[], center: [] as string[], course: [] as string[], instructor: [] as string[] };
    for (let i = start; i < Math.min(start + batch, courseCount); i++) {
      const [topicEn, topicMy] = pick(TOPICS);
      const [modEn, modMy] = pick(MODIFIERS);
      const second = rnd() < 0.3 ? pick(TOPICS) : null;
      const id = randomUUID();
      const center = rnd() < 0.01 ? pendingCenterId : pick(centerIds);
      const published = rnd() < 0.9;
      const titleEn = modEn.startsWith("for") ? `${topicEn} ${modEn}` : `${modEn} ${topicEn}${second ? ` and ${second[0]}` : ""}`;
      cols.id.push(id);
      cols.center.push(center);
      cols.category.push(pick(categoryIds));
      cols.slug.push(`course-${i}`);
      cols.status.push(published ? "PUBLISHED" : "DRAFT");
      cols.titleEn.push(`${titleEn}${rnd() < 0.2 ? ` ${2020 + Math.floor(rnd() * 7)}` : ""}`);
      cols.titleMy.push(`${topicMy} ${modMy}${second ? ` နှင့် ${second[1]}` : ""} သင်တန်း`);
      cols.summaryEn.push(`${pick(FILLER_EN)} ${topicEn.toLowerCase()} ${pick(FILLER_EN)} ${pick(FILLER_EN)} with ${pick(INSTRUCTORS)[0]}, ${pick(FILLER_EN)} ${pick(FILLER_EN)}.`);
      cols.summaryMy.push(`${topicMy} ကို ${pick(FILLER_MY)} ${pick(FILLER_MY)} ${pick(FILLER_MY)} ${pick(FILLER_MY)}။`);
      cols.published.push(published ? new Date(now.getTime() - Math.floor(rnd() * 3e10)) : null);
      if (rnd() < 0.5) {
        links.id.push(randomUUID());
        links.center.push(center);
        links.course.push(id);
        links.instructor.push(pick(instructorIds));
      }
    }
    await client.query(
      `INSERT INTO courses (id, center_id, category_id, slug, status, title_en, title_my, summary_en, summary_my, published_at, price_amount, updated_at)
       SELECT id, center_id, category_id, slug, status::"CourseStatus", title_en, title_my, summary_en, summary_my, published_at, 25000, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
         AS t(id, center_id, category_id, slug, status, title_en, title_my, summary_en, summary_my, published_at)`,
      [cols.id, cols.center, cols.category, cols.slug, cols.status, cols.titleEn, cols.titleMy, cols.summaryEn, cols.summaryMy, cols.published],
    );
    await client.query(
      `INSERT INTO course_instructors (id, center_id, course_id, instructor_id) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[])`,
      [links.id, links.center, links.course, links.instructor],
    );
  }
}

/** ~200 queries as students type them: Burmese and English words, 1–3 words, typos, names. */
export function benchQueries(count: number): string[] {
  const rnd = random(7);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const typo = (word: string) => {
    const i = 1 + Math.floor(rnd() * (word.length - 3));
    return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
  };
  const makers: (() => string)[] = [
    () => pick(TOPICS)[1].split(" ")[0] as string, // one Burmese (or loan) word
    () => `${pick(TOPICS)[1]} ${pick(MODIFIERS)[1]}`, // two Burmese words, as in a title
    () => pick(TOPICS)[0].toLowerCase(), // one English word
    () => `${pick(MODIFIERS)[0]} ${pick(TOPICS)[0]}`, // 2–3 English words
    () => typo(pick(TOPICS.filter(([en]) => en.length >= 6))[0].toLowerCase()), // English typo
    () => pick(TOPICS)[1].slice(1), // a Burmese fragment from inside a word
    () => pick(rnd() < 0.5 ? CENTERS : INSTRUCTORS)[rnd() < 0.5 ? 0 : 1], // a center or teacher
    () => `${pick(TOPICS)[0]} ${pick(MODIFIERS)[1]}`, // mixed
  ];
  return Array.from({ length: count }, (_, i) => (makers[i % makers.length] as () => string)());
}
