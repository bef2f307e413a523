import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { telegramLinkDto, telegramWidgetInput } from "@/lib/telegram/link-dto";

export const linkTelegramEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/me/telegram",
  operationId: "linkTelegram",
  summary: "Link the caller's Telegram account with Telegram Login Widget data",
  description:
    "Send the widget's fields as received (flat). The signature is checked with the bot token and `auth_date` may be at most 24 hours old. " +
    "400 `bad_request` with `details.reason` (`telegram_bad_hash`, `telegram_stale`, …) when the data cannot be verified; " +
    "409 `conflict` when that Telegram account is linked to another MMSO account.",
  tags: ["Me"],
  access: "user",
  body: telegramWidgetInput,
  response: telegramLinkDto,
  errors: ["bad_request", "conflict"],
  maxBodyBytes: 4096,
  rateLimit: { bucket: "telegram.link", limit: 30, windowSeconds: 3600 },
});

export const unlinkTelegramEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/me/telegram",
  operationId: "unlinkTelegram",
  summary: "Unlink the caller's Telegram account: removes them from course groups and deletes the stored Telegram data (idempotent)",
  tags: ["Me"],
  access: "user",
  response: z.null(),
  successStatus: 204,
  rateLimit: { bucket: "telegram.link", limit: 30, windowSeconds: 3600 },
});
