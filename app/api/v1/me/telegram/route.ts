import { linkTelegramEndpoint, unlinkTelegramEndpoint } from "@/lib/api/telegram-endpoints";
import { handle } from "@/lib/http/handle";
import { linkTelegram } from "@/lib/telegram/link-telegram";
import { widgetFields } from "@/lib/telegram/link-dto";
import { unlinkTelegram } from "@/lib/telegram/unlink-telegram";

export const POST = handle(linkTelegramEndpoint, ({ body, actor }) => linkTelegram({ actor, fields: widgetFields(body) }));

export const DELETE = handle(unlinkTelegramEndpoint, async ({ actor }) => {
  await unlinkTelegram({ actor });
  return null;
});
