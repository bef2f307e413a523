import "server-only";
import { env } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { endpoints } from "./endpoints";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The mobile API's OpenAPI 3.1 document (built once per process from the endpoint specs). */
export function getOpenApiDocument() {
  cached ??= buildOpenApiDocument(endpoints, env().APP_URL);
  return cached;
}
