import { AppError } from "./errors";
import { readBodyText } from "./read-body";

type WebhookHandler = (rawBody: string, req: Request) => Promise<Response>;

/**
 * A provider's webhook: hands the raw body (read within the body limit, unparsed, for the
 * signature check) to `handler`; a body over the limit answers 413 before the handler runs.
 */
export function webhookRoute(handler: WebhookHandler): (req: Request) => Promise<Response> {
  return async (req) => {
    let rawBody: string;
    try {
      rawBody = await readBodyText(req);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "payload_too_large") throw error;
      return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
    }
    return handler(rawBody, req);
  };
}
