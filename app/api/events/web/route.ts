import { recordWebPageViewEndpoint } from "@/lib/api/analytics-endpoints";
import { recordPageView } from "@/lib/analytics/record-page-view";
import { AppError } from "@/lib/http/errors";
import { handle } from "@/lib/http/handle";
import { readClientInfo } from "@/lib/http/read-client-info";

export const POST = handle(recordWebPageViewEndpoint, async ({ body, req }) => {
  // Browsers mark a cross-site request; another site must not be able to inflate our counts.
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("forbidden");
  await recordPageView({ path: body.path, client: readClientInfo(req) });
  return null;
});
