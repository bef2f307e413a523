/** What the person asked for, as the bot understood it. */
export type Intent =
  | { kind: "handover" }
  | { kind: "subscribe" }
  | { kind: "unsubscribe" }
  | { kind: "faq"; topic: FaqTopic }
  | { kind: "search"; query: string }
  | { kind: "help" };

export const FAQ_TOPICS = ["payment", "refund", "liveClass", "deleteData", "contact"] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

// Consent must be explicit: only the whole message counts ("how do I unsubscribe?" is a question,
// not a withdrawal, and "subscribe to python" is not a marketing opt-in).
const SUBSCRIBE = new Set(["subscribe", "start updates", "စာရင်းသွင်းမယ်", "သတင်းယူမယ်"]);
const UNSUBSCRIBE = new Set(["stop", "unsubscribe", "stop updates", "ရပ်", "ရပ်ပါ", "ရပ်မယ်", "စာရင်းမှထွက်မယ်"]);

// Substrings, checked in this order (the first topic that matches wins). English words are matched
// on word boundaries, Burmese (no spaces between words) as substrings.
const HANDOVER = { en: ["human", "operator", "agent", "real person", "staff"], my: ["လူနဲ့ပြောမယ်", "လူနဲ့ပြော", "ဝန်ထမ်းနဲ့", "လူသား"] };
const TOPICS: Array<{ topic: FaqTopic; en: string[]; my: string[] }> = [
  { topic: "deleteData", en: ["delete my data", "delete data", "my data", "privacy", "forget me", "delete"], my: ["ဒေတာဖျက်", "ဒေတာ", "အချက်အလက်ဖျက်", "ဖျက်ပေး"] },
  { topic: "refund", en: ["refund", "money back", "cancel order"], my: ["ငွေပြန်", "ပြန်အမ်း"] },
  { topic: "payment", en: ["pay", "payment", "kbzpay", "kbz", "mmqr", "dinger", "stripe", "card", "visa", "price"], my: ["ငွေပေး", "ငွေချေ", "ပေးချေ", "ဘယ်လိုပေး", "ကတ်", "ဈေးနှုန်း", "သင်တန်းကြေး"] },
  { topic: "liveClass", en: ["live class", "live", "zoom", "join class", "join the class", "join"], my: ["တိုက်ရိုက်", "ဇူးမ်", "အွန်လိုင်းအတန်း", "အတန်းဝင်"] },
  { topic: "contact", en: ["contact", "email", "phone", "address", "call you"], my: ["ဆက်သွယ်", "ဖုန်း", "အီးမေးလ်"] },
];
const GREETING = { en: ["hi", "hello", "hey", "help", "menu", "start", "get started"], my: ["မင်္ဂလာပါ", "ဟိုင်း", "အကူအညီ"] };
// "course python", "courses: excel", "သင်တန်း ဂီတ": the prefix must stand alone ("သင်တန်းကြေး" = course fee).
const COURSE_PREFIX = /^(?:courses?|သင်တန်း(?:များ)?)(?:\s*[:：]\s*|\s+|$)/iu;

const POSTBACKS: Record<string, Intent> = {
  SUBSCRIBE: { kind: "subscribe" },
  UNSUBSCRIBE: { kind: "unsubscribe" },
  HUMAN: { kind: "handover" },
  GET_STARTED: { kind: "help" },
  FAQ_PAYMENT: { kind: "faq", topic: "payment" },
  FAQ_REFUND: { kind: "faq", topic: "refund" },
  FAQ_LIVE_CLASS: { kind: "faq", topic: "liveClass" },
  FAQ_DELETE_DATA: { kind: "faq", topic: "deleteData" },
  FAQ_CONTACT: { kind: "faq", topic: "contact" },
};

/** A button's (postback or quick reply) payload as an intent; an unknown payload shows the menu. */
export function intentOfPostback(payload: string): Intent {
  return POSTBACKS[payload.trim().toUpperCase()] ?? { kind: "help" };
}

/** A typed message as an intent; `text` is already Unicode (Zawgyi converted). */
export function intentOfText(text: string): Intent {
  const normalized = text.toLowerCase().replace(/[.!?။၊]+$/u, "").trim();
  if (normalized === "") return { kind: "help" };
  if (SUBSCRIBE.has(normalized)) return { kind: "subscribe" };
  if (UNSUBSCRIBE.has(normalized)) return { kind: "unsubscribe" };
  if (matches(normalized, HANDOVER)) return { kind: "handover" };
  const prefixed = COURSE_PREFIX.exec(normalized);
  if (prefixed) {
    const query = normalized.slice(prefixed[0].length).trim();
    return query ? { kind: "search", query } : { kind: "help" };
  }
  const topic = TOPICS.find((entry) => matches(normalized, entry));
  if (topic) return { kind: "faq", topic: topic.topic };
  if (matches(normalized, GREETING) && normalized.split(/\s+/).length <= 3) return { kind: "help" };
  return { kind: "search", query: normalized };
}

function matches(text: string, words: { en: string[]; my: string[] }): boolean {
  return words.my.some((word) => text.includes(word)) || words.en.some((word) => new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, "u").test(text));
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
