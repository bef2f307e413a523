import { listMyNotificationsEndpoint } from "@/lib/api/notification-endpoints";
import { handle } from "@/lib/http/handle";
import { listMyNotifications } from "@/lib/notifications/inbox/list-my-notifications";

export const GET = handle(listMyNotificationsEndpoint, ({ query, actor }) => listMyNotifications({ ...query, actor }));
