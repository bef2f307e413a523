/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (and what
 * those scripts load: 'strict-dynamic'); nothing may frame us; forms post only to us. Styles allow
 * inline attributes: React and Tailwind output use them, and they cannot run code.
 * form-action also governs where a form's response may redirect (Chrome): the checkout's server
 * action redirects to the providers' hosted payment pages, so exactly those origins are allowed.
 */
export const PAYMENT_PAGE_ORIGINS = ["https://checkout.stripe.com", "https://form.dinger.asia", "https://prebuilt.dinger.asia"] as const;

/**
 * The Telegram Login Widget (/account/telegram, production only) is a nonced script that draws
 * its button in an iframe from this origin; nothing else may be framed.
 */
export const TELEGRAM_WIDGET_FRAME_ORIGIN = "https://oauth.telegram.org";

export function buildContentSecurityPolicy(options: { nonce: string; development: boolean }): string {
  const script = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  // React's development build evaluates source maps and refresh code.
  if (options.development) script.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${script.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${options.development ? " ws:" : ""}`,
    `frame-src 'self' ${TELEGRAM_WIDGET_FRAME_ORIGIN}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self' ${PAYMENT_PAGE_ORIGINS.join(" ")}`,
    `frame-ancestors 'none'`,
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response (16 random bytes, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
