import { listCategoriesEndpoint } from "@/lib/api/catalog-endpoints";
import { listCategories } from "@/lib/catalog/list-categories";
import { handle } from "@/lib/http/handle";

export const GET = handle(listCategoriesEndpoint, async ({ locale }) => ({ items: await listCategories(locale) }));
