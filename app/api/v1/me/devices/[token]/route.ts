import { deleteDeviceEndpoint } from "@/lib/api/device-endpoints";
import { handle } from "@/lib/http/handle";
import { deleteDevice } from "@/lib/push/delete-device";

export const DELETE = handle(deleteDeviceEndpoint, ({ params, actor }) => deleteDevice({ actor, token: params.token }));
