import { markNotificationReadEndpoint } from "@/lib/api/notification-endpoints";
import { handle } from "@/lib/http/handle";
import { markNotificationRead } from "@/lib/notifications/inbox/mark-read";

export const POST = handle(markNotificationReadEndpoint, ({ params, actor }) => markNotificationRead({ actor, notificationId: params.id }));
