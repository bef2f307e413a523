import { defineEndpoint } from "@/lib/http/endpoint";
import { EXPORT_RATE_LIMIT } from "@/lib/privacy/export/export-limits";
import { exportDocumentDto } from "@/lib/privacy/export/export-dto";

export const exportMyDataEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/export",
  operationId: "exportMyData",
  summary: "Download everything MMSO holds about the caller as one JSON document (policy S6)",
  description:
    "Answered as an attachment (content-disposition: attachment; filename=mmso-export-<date>.json), never cached. " +
    "Each call is recorded as a completed export request. Limited to 5 exports per hour per person (web and app together).",
  tags: ["Me"],
  access: "user",
  response: exportDocumentDto,
  errors: ["not_found"],
  rateLimit: EXPORT_RATE_LIMIT,
});
