import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { PermanentFailure } from "@/lib/outbox/types";
import { handleConnectCommand } from "@/lib/telegram/groups/connect-group";
import { handleChatJoinRequest } from "@/lib/telegram/groups/join-request";
import { startReply } from "./start-reply";
import { routeUpdate, telegramUpdate, type UpdateRoute } from "./telegram-update";
import { verifyTelegramSecretToken } from "./verify-secret-token";

export type WebhookReply = { status: number; body: Record<string, unknown> };

const error = (status: number, code: string, message: string): WebhookReply => ({ status, body: { error: { code, message } } });

/**
 * `POST /api/webhooks/telegram`. Security-critical order: the secret header first (401, nothing
 * stored), then the JSON (400). Each update is claimed once by a ProviderEvent row (source
 * TELEGRAM, id = update_id) before it is acted on: a redelivered update answers 200 "duplicate".
 * The row keeps the route only — no Telegram id or name of someone who may never link (S1.3).
 * A failure a retry could fix releases the claim and answers 500, so Telegram delivers it again;
 * one no retry can fix (AppError, PermanentFailure) is recorded on the row and answered 200.
 */
export async function receiveTelegramUpdate(request: { rawBody: string; secretToken: string | null }, now = new Date()): Promise<WebhookReply> {
  if (!verifyTelegramSecretToken(request.secretToken, env().TELEGRAM_WEBHOOK_SECRET)) return error(401, "unauthorized", "Invalid secret token");
  let json: unknown;
  try {
    json = JSON.parse(request.rawBody);
  } catch {
    return error(400, "invalid_json", "Malformed JSON");
  }
  const parsed = telegramUpdate.safeParse(json);
  if (!parsed.success) return error(400, "bad_request", "Not a Telegram update");
  const route = routeUpdate(parsed.data);
  const providerEventId = String(parsed.data.update_id);
  const claimed = await db.providerEvent.createMany({
    data: [{ source: "TELEGRAM", providerEventId, type: route.kind, payload: { kind: route.kind } }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return { status: 200, body: { status: "duplicate" } };
  const where = { source_providerEventId: { source: "TELEGRAM" as const, providerEventId } };
  try {
    const reply = await dispatch(route);
    await db.providerEvent.update({ where, data: { processedAt: now } });
    return { status: 200, body: reply ?? { status: "processed" } };
  } catch (failure) {
    if (failure instanceof AppError || failure instanceof PermanentFailure) {
      const code = failure instanceof AppError ? failure.code : failure.code;
      await db.providerEvent.update({ where, data: { processedAt: now, error: code.slice(0, 200) } });
      log.warn("telegram.update_rejected", { updateId: providerEventId, route: route.kind, errorCode: code });
      return { status: 200, body: { status: "rejected" } };
    }
    await db.providerEvent.delete({ where }).catch(() => undefined);
    log.error("telegram.update_failed", { updateId: providerEventId, route: route.kind, ...describeError(failure) });
    return error(500, "internal", "Try again");
  }
}

/** Acts on a routed update; a non-undefined result is the webhook's reply body (a Bot API method). */
async function dispatch(route: UpdateRoute): Promise<Record<string, unknown> | undefined> {
  switch (route.kind) {
    case "chat_join_request":
      await handleChatJoinRequest(route.request);
      return undefined;
    case "connect_command":
      await handleConnectCommand(route.message);
      return undefined;
    case "start_command":
      return startReply(route.chatId);
    case "ignored":
      return { status: "ignored" };
  }
}
