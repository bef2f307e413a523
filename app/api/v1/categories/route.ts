import { listCategoriesEndpoint } from "@/lib/api/catalog-endpoints";
import { cachedListCategories } from "@/lib/catalog/cached-catalog";
import { handle } from "@/lib/http/handle";

export const GET = handle(listCategoriesEndpoint, ({ locale }) => cachedListCategories(locale));
