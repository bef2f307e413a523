import "server-only";
import { env } from "@/lib/env";
import { clientCountry, clientIp, parseTrustedProxies } from "./client-ip";

let trusted: ReturnType<typeof parseTrustedProxies> | undefined;
const trustedProxies = () => (trusted ??= parseTrustedProxies(env().TRUSTED_PROXY_CIDRS));

/** The client address and approximate country of a request, per TRUSTED_PROXY_CIDRS. */
export function requestOrigin(headers: Headers) {
  return { ip: clientIp(headers, trustedProxies()), country: clientCountry(headers, trustedProxies()) };
}
