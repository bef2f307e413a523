import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { createConversation, newMid, signedRequest } from "@/lib/testing/messenger-factories";
import { createPlatformAdmin } from "@/lib/testing/staff-factories";
import { receiveDataDeletion } from "./deletion/receive-data-deletion";

// The pages rendered to HTML in both languages, with next-intl's server helpers backed by the real
// catalogues (no Next request here) and the session mocked.
const state = vi.hoisted(() => ({ actor: null as Actor | null, locale: "en" as "en" | "my" }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => state.actor }));
vi.mock("@/components/i18n/language-switch", () => ({ LanguageSwitch: () => null }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: state.locale, messages: messagesFor(state.locale as Locale), namespace: namespace as never }),
  getFormatter: async () => createFormatter({ locale: state.locale, timeZone: "Asia/Yangon" }),
}));

const { default: StatusPage } = await import("@/app/(site)/privacy/messenger-deletion/page");
const { default: ConversationPage } = await import("@/app/admin/support/[conversationId]/page");
const { default: InboxPage } = await import("@/app/admin/support/page");

const html = async (element: Promise<React.ReactElement>) => renderToStaticMarkup(await element);

beforeEach(() => {
  state.actor = null;
  state.locale = "en";
});

describe("/privacy/messenger-deletion", () => {
  it("shows the request's status in English and Burmese, without personal data", async () => {
    const conversation = await createConversation();
    const reply = await receiveDataDeletion(new URLSearchParams({ signed_request: signedRequest({ algorithm: "HMAC-SHA256", user_id: conversation.psid }) }));
    const code = reply.body.confirmation_code as string;
    const en = await html(StatusPage({ searchParams: Promise.resolve({ code }) }));
    expect(en).toContain(code);
    expect(en).toContain("Completed: the data was deleted");
    expect(en).not.toContain(conversation.psid);
    state.locale = "my";
    const my = await html(StatusPage({ searchParams: Promise.resolve({ code }) }));
    expect(my).toContain("ပြီးဆုံး — ဒေတာကို ဖျက်ပြီးပါပြီ");
    expect(await html(StatusPage({ searchParams: Promise.resolve({ code: "FFFFFFFFFFFFFFFF" }) }))).toContain("ဖျက်ရန်တောင်းဆိုချက် မရှိပါ");
    expect(await html(StatusPage({ searchParams: Promise.resolve({}) }))).toContain("Facebook က ပေးသော လင့်ခ်");
  });
});

describe("/admin/support for an operator", () => {
  it("lists the hand-over and shows the conversation with attachment metadata, reply form and confirm step", async () => {
    state.actor = (await createPlatformAdmin()).actor;
    const conversation = await createConversation({ operatorStatus: "WAITING_FOR_OPERATOR" });
    await db.supportRequest.create({ data: { source: "MESSENGER", messengerConversationId: conversation.id, body: "human", locale: "MY" } });
    await db.messengerMessage.create({
      data: { conversationId: conversation.id, direction: "IN", mid: newMid(), text: null, attachments: [{ type: "image", url: "https://cdn.example/p.jpg", size: 2048 }], sentAt: new Date() },
    });
    const list = await html(InboxPage({ searchParams: Promise.resolve({}) }));
    expect(list).toContain(`/admin/support/${conversation.id}`);
    expect(list).toContain("Waiting for an operator");
    expect(list).not.toContain(conversation.psid);

    const view = await html(ConversationPage({ params: Promise.resolve({ conversationId: conversation.id }), searchParams: Promise.resolve({}) }));
    expect(view).toContain("Attachment: image");
    expect(view).toContain("https://cdn.example/p.jpg");
    expect(view).toContain("2048 bytes");
    expect(view).toContain('name="text"');
    expect(view).toContain("Hand back to the bot");
    expect(view).toContain(`/admin/support/${conversation.id}?confirm=delete`);
    expect(view).not.toContain("Yes, delete everything");

    state.locale = "my";
    const confirm = await html(ConversationPage({ params: Promise.resolve({ conversationId: conversation.id }), searchParams: Promise.resolve({ confirm: "delete", error: "validation_failed" }) }));
    expect(confirm).toContain("ဟုတ်ကဲ့၊ အားလုံး ဖျက်ပါ");
    expect(confirm).toContain("ဝန်ထမ်းကို စောင့်နေသည်");
    expect(confirm).toContain('role="alert"');
  });
});
