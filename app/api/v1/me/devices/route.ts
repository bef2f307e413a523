import { registerDeviceEndpoint } from "@/lib/api/device-endpoints";
import { handle } from "@/lib/http/handle";
import { registerDevice } from "@/lib/push/register-device";

export const POST = handle(registerDeviceEndpoint, ({ body, actor }) => registerDevice({ actor, input: body }));
