import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { createConversation } from "@/lib/testing/messenger-factories";
import { actorFor, createPlatformAdmin } from "@/lib/testing/staff-factories";

// The /admin/support pages and their server actions with the session mocked and the real database.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { default: InboxPage } = await import("@/app/admin/support/page");
const { default: ConversationPage } = await import("@/app/admin/support/[conversationId]/page");
const actions = await import("@/app/admin/support/actions");

/** Next's digest of a thrown notFound()/redirect(), or the error itself. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "rendered";
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    return digest.startsWith("NEXT_REDIRECT") ? `redirect:${digest.split(";")[2]}` : digest;
  }
}

beforeEach(() => {
  session.actor = null;
});

describe("/admin/support access", () => {
  it("answers 404 to a signed-in non-admin and sends a visitor to the login page", async () => {
    const conversation = await createConversation({ operatorStatus: "WAITING_FOR_OPERATOR" });
    const page = () => InboxPage({ searchParams: Promise.resolve({}) });
    const view = () => ConversationPage({ params: Promise.resolve({ conversationId: conversation.id }), searchParams: Promise.resolve({}) });
    expect(await outcome(page)).toBe("redirect:/login?next=%2Fadmin%2Fsupport");
    session.actor = actorFor(await createUser());
    expect(await outcome(page)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await outcome(view)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("a non-admin's server actions change nothing; an admin's reply and delete work through the forms", async () => {
    const conversation = await createConversation({ operatorStatus: "WAITING_FOR_OPERATOR" });
    const form = new FormData();
    form.set("text", "Hello from the team");
    session.actor = actorFor(await createUser());
    expect(await outcome(() => actions.replyAction(conversation.id, form))).toBe(`redirect:/admin/support/${conversation.id}?error=not_found`);
    expect(await outcome(() => actions.deleteDataAction(conversation.id))).toBe(`redirect:/admin/support/${conversation.id}?error=not_found`);
    expect(await db.messengerMessage.count({ where: { conversationId: conversation.id, direction: "OUT" } })).toBe(0);

    session.actor = (await createPlatformAdmin()).actor;
    expect(await outcome(() => actions.replyAction(conversation.id, form))).toBe(`redirect:/admin/support/${conversation.id}`);
    expect(await db.messengerMessage.count({ where: { conversationId: conversation.id, direction: "OUT", text: "Hello from the team" } })).toBe(1);
    const empty = new FormData();
    expect(await outcome(() => actions.replyAction(conversation.id, empty))).toBe(`redirect:/admin/support/${conversation.id}?error=validation_failed`);
    const deleted = await outcome(() => actions.deleteDataAction(conversation.id));
    expect(deleted).toMatch(/^redirect:\/admin\/support\?deleted=[0-9A-F]{16}$/);
    expect(await db.messengerConversation.count({ where: { id: conversation.id } })).toBe(0);
  });
});
