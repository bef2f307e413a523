import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { intentOfPostback, intentOfText } from "./intents";

describe("the bot's understanding", () => {
  it("detects Burmese script, else English", () => {
    expect(detectLanguage("ငွေပေးချေမှု")).toBe("my");
    expect(detectLanguage("python သင်တန်း")).toBe("my");
    expect(detectLanguage("how do I pay?")).toBe("en");
    expect(detectLanguage(null)).toBe("en");
  });

  it("hands over on human/operator in both languages", () => {
    for (const text of ["human", "Operator please", "I want to talk to a real person", "လူနဲ့ပြောမယ်"]) expect(intentOfText(text)).toEqual({ kind: "handover" });
  });

  it("answers FAQ topics in English and Burmese", () => {
    expect(intentOfText("How can I pay with KBZPay?")).toEqual({ kind: "faq", topic: "payment" });
    expect(intentOfText("MMQR")).toEqual({ kind: "faq", topic: "payment" });
    expect(intentOfText("ငွေပေးချေနည်း")).toEqual({ kind: "faq", topic: "payment" });
    expect(intentOfText("သင်တန်းကြေး ဘယ်လိုပေးရမလဲ")).toEqual({ kind: "faq", topic: "payment" });
    expect(intentOfText("I want a refund")).toEqual({ kind: "faq", topic: "refund" });
    expect(intentOfText("ငွေပြန်အမ်းပေးပါ")).toEqual({ kind: "faq", topic: "refund" });
    expect(intentOfText("how to join the live class")).toEqual({ kind: "faq", topic: "liveClass" });
    expect(intentOfText("တိုက်ရိုက်အတန်း ဘယ်လိုဝင်ရမလဲ")).toEqual({ kind: "faq", topic: "liveClass" });
    expect(intentOfText("please delete my data")).toEqual({ kind: "faq", topic: "deleteData" });
    expect(intentOfText("ကျွန်ုပ်ဒေတာဖျက်ပေးပါ")).toEqual({ kind: "faq", topic: "deleteData" });
    expect(intentOfText("contact")).toEqual({ kind: "faq", topic: "contact" });
  });

  it("searches courses after the prefix, or on plain words", () => {
    expect(intentOfText("course Python basics")).toEqual({ kind: "search", query: "python basics" });
    expect(intentOfText("courses: excel")).toEqual({ kind: "search", query: "excel" });
    expect(intentOfText("သင်တန်း ဂီတ")).toEqual({ kind: "search", query: "ဂီတ" });
    expect(intentOfText("graphic design")).toEqual({ kind: "search", query: "graphic design" });
    expect(intentOfText("course")).toEqual({ kind: "help" });
  });

  it("takes consent only from the whole message", () => {
    expect(intentOfText("Subscribe")).toEqual({ kind: "subscribe" });
    expect(intentOfText("STOP")).toEqual({ kind: "unsubscribe" });
    expect(intentOfText("unsubscribe")).toEqual({ kind: "unsubscribe" });
    expect(intentOfText("ရပ်ပါ")).toEqual({ kind: "unsubscribe" });
    expect(intentOfText("subscribe to python course")).not.toEqual({ kind: "subscribe" });
    expect(intentOfPostback("SUBSCRIBE")).toEqual({ kind: "subscribe" });
    expect(intentOfPostback("HUMAN")).toEqual({ kind: "handover" });
    expect(intentOfPostback("SOMETHING_ELSE")).toEqual({ kind: "help" });
  });

  it("greets with the menu", () => {
    expect(intentOfText("Hello")).toEqual({ kind: "help" });
    expect(intentOfText("မင်္ဂလာပါ")).toEqual({ kind: "help" });
  });
});
