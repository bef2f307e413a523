import { readFile } from "node:fs/promises";
import type { PolicyKind } from "../../lib/generated/prisma/client.ts";
import { REFUND_POLICY_EN, REFUND_POLICY_MY } from "./refund-policy.ts";

/** Version 1 of every policy took effect (and was published) at midnight Myanmar time, 23 May 2026. */
export const POLICY_V1_EFFECTIVE_AT = new Date("2026-05-23T00:00:00+06:30");

type PolicySeed = { kind: PolicyKind; titleEn: string; titleMy: string; bodyEn: string; bodyMy: string };

const FILE_POLICIES: { kind: PolicyKind; file: string; titleEn: string; titleMy: string }[] = [
  {
    kind: "STUDENT",
    file: "student",
    titleEn: "Student Privacy Policy",
    titleMy: "ကျောင်းသားများအတွက် ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ",
  },
  {
    kind: "CENTER_ADMIN",
    file: "center-admin",
    titleEn: "Center Admin Privacy Policy",
    titleMy: "စင်တာစီမံခန့်ခွဲသူများအတွက် ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ",
  },
  {
    kind: "CHATBOT",
    file: "chatbot",
    titleEn: "Facebook/Messenger Chatbot Privacy",
    titleMy: "Facebook/Messenger chatbot ကိုယ်ရေးအချက်အလက်ဆိုင်ရာ မူဝါဒ",
  },
];

/** Reads `policies/<file>.<lang>.md` next to this module; a missing file is an error, never an empty policy. */
async function readPolicyFile(file: string, lang: "en" | "my"): Promise<string> {
  const url = new URL(`./policies/${file}.${lang}.md`, import.meta.url);
  const text = (await readFile(url, "utf8")).trim();
  if (!text) throw new Error(`Policy text ${url.pathname} is empty`);
  return `${text}\n`;
}

/** The four version-1 policies with their bilingual text. */
export async function loadPolicySeeds(): Promise<PolicySeed[]> {
  const fromFiles = await Promise.all(
    FILE_POLICIES.map(async ({ kind, file, titleEn, titleMy }) => ({
      kind,
      titleEn,
      titleMy,
      bodyEn: await readPolicyFile(file, "en"),
      bodyMy: await readPolicyFile(file, "my"),
    })),
  );
  const refund: PolicySeed = {
    kind: "REFUND",
    titleEn: "Refund Policy",
    titleMy: "ငွေပြန်အမ်းမူဝါဒ",
    bodyEn: REFUND_POLICY_EN,
    bodyMy: REFUND_POLICY_MY,
  };
  return [...fromFiles, refund];
}
