import { getCenterEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { getCenter } from "@/lib/catalog/get-center";
import { handle } from "@/lib/http/handle";

export const GET = handle(getCenterEndpoint, ({ params, locale }) => getCenter({ centerId: params.id, locale }));
