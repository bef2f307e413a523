import { z } from "zod";
import { NotificationKind } from "@/lib/generated/prisma/enums";

/** The channels the delivery worker sends on (in-app is delivered when its inbox row is written). */
export const EXTERNAL_CHANNELS = ["PUSH", "TELEGRAM", "EMAIL"] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

/** A `notification.deliver` row's payload, as `notifyUsers` writes it (DeliverPayload); untrusted until parsed. */
export const deliverPayloadSchema = z.object({
  notificationKind: z.enum(NotificationKind),
  channel: z.enum(EXTERNAL_CHANNELS),
  userId: z.uuid(),
  notificationId: z.uuid().nullish(),
  centerId: z.uuid().nullish(),
  announcementId: z.uuid().nullish(),
  title: z.string().optional(),
  body: z.string().optional(),
  data: z.record(z.string(), z.string()).optional(),
});
export type ParsedDeliverPayload = z.infer<typeof deliverPayloadSchema>;
