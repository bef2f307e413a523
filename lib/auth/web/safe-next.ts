const BASE = "http://mmso.invalid";

/**
 * Where to go after signing in: a path on this site only. Security-critical (open redirect): the
 * value is resolved as a browser would — browsers drop tabs and newlines, so "/\t/evil.com" means
 * "//evil.com" — and anything that leaves this origin, or carries control characters, is refused.
 */
export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("/login")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`.slice(0, 512);
}
