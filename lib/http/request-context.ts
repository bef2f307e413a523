import { negotiateLocale, type Locale } from "@/lib/i18n/locales";

export type RequestContext = {
  requestId: string;
  locale: Locale;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id for logs and error bodies: the proxy's when it sent a sane one, else a new one. */
export function requestContext(req: Request): RequestContext {
  const incoming = req.headers.get("x-request-id");
  return {
    requestId: incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID(),
    locale: negotiateLocale(req.headers.get("accept-language")),
  };
}
