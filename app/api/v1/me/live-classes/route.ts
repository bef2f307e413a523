import { listMyLiveClassesEndpoint } from "@/lib/api/live-class-endpoints";
import { handle } from "@/lib/http/handle";
import { listMyLiveClasses } from "@/lib/live-classes/list-my-live-classes";

export const GET = handle(listMyLiveClassesEndpoint, ({ actor, query, locale }) => listMyLiveClasses(actor, { ...query, locale }));
