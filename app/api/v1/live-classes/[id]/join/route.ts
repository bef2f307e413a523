import { joinLiveClassEndpoint } from "@/lib/api/live-class-endpoints";
import { handle } from "@/lib/http/handle";
import { joinLiveClass } from "@/lib/live-classes/join-live-class";

export const POST = handle(joinLiveClassEndpoint, ({ actor, params }) => joinLiveClass(actor, params.id));
