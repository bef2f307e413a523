import { markAllNotificationsReadEndpoint } from "@/lib/api/notification-endpoints";
import { handle } from "@/lib/http/handle";
import { markAllNotificationsRead } from "@/lib/notifications/inbox/mark-read";

export const POST = handle(markAllNotificationsReadEndpoint, ({ actor }) => markAllNotificationsRead({ actor }));
