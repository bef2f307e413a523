import { negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { requestIdFrom } from "@/lib/log/request-id";

export { requestIdFrom };

export type RequestContext = {
  requestId: string;
  locale: Locale;
};

/** A request id for logs and error bodies (lib/log/request-id.ts), and the reader's language. */
export function requestContext(req: Request): RequestContext {
  return {
    requestId: requestIdFrom(req.headers),
    locale: negotiateLocale(req.headers.get("accept-language")),
  };
}
