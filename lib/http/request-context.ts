import { negotiateLocale, type Locale } from "@/lib/i18n/locales";

export type RequestContext = {
  requestId: string;
  locale: Locale;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id for logs and error bodies: the proxy's when it sent a sane one, else a new one. */
export function requestContext(req: Request): RequestContext {
  return {
    requestId: requestIdFrom(req.headers),
    locale: negotiateLocale(req.headers.get("accept-language")),
  };
}

/** The proxy's request id when it is a sane token (never stored unchecked), else a new one. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
