import { getCenterEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { cachedGetCenter } from "@/lib/catalog/cached-catalog";
import { handle } from "@/lib/http/handle";

export const GET = handle(getCenterEndpoint, ({ params, locale }) => cachedGetCenter(params.id, locale));
