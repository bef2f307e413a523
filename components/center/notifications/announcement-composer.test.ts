import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { AnnouncementComposer } from "./announcement-composer";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/app/center/[slug]/notifications/actions", () => ({ createAnnouncementAction: vi.fn(), cancelAnnouncementAction: vi.fn() }));

const COURSE = "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

function render(locale: "en" | "my") {
  const messages = messagesFor(locale);
  const composer = createElement(AnnouncementComposer, {
    slug: "center-a",
    centerId: "c-1",
    courses: [
      { id: COURSE, title: "Python basics", status: "PUBLISHED" },
      { id: "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c", title: "Old course", status: "ARCHIVED" },
    ],
    initialCourseId: "",
    scheduleMin: "2026-11-25T09:36",
    scheduleMax: "2026-12-25T09:30",
  });
  // The provider's props type wants `children` in the props; createElement passes it as an argument.
  const props = { locale, messages: { centerNotifications: messages.centerNotifications, apiErrors: messages.apiErrors }, timeZone: "Asia/Yangon" } as unknown as ComponentProps<typeof NextIntlClientProvider>;
  const tree = createElement(NextIntlClientProvider, props, createElement(QueryClientProvider, { client: new QueryClient() }, composer));
  return renderToStaticMarkup(tree);
}

describe("the announcement composer", () => {
  it("renders the course choice, both languages, the channels and the send choice (English)", () => {
    const html = render("en");
    expect(html).toContain("Python basics");
    expect(html).toContain("Old course (archived)");
    expect(html).toContain("Choose a course to see how many students it will reach.");
    for (const name of ["titleMy", "bodyMy", "titleEn", "bodyEn"]) expect(html).toContain(`name="${name}"`);
    expect(html.match(/name="channels"/g)).toHaveLength(3);
    expect(html).toMatch(/value="IN_APP"[^>]*checked|checked[^>]*value="IN_APP"/);
    expect(html).not.toMatch(/value="TELEGRAM"[^>]*checked/);
    expect(html).toContain("Send now");
  });

  it("speaks Burmese", () => {
    const html = render("my");
    expect(html).toContain("သင်တန်းတစ်ခု ရွေးပါ");
    expect(html).toContain("တယ်လီဂရမ်");
  });
});
