import ipaddr from "ipaddr.js";
import { PEER_ADDRESS_HEADER } from "./peer-header";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

export function parseTrustedProxies(entries: string[]): Range[] {
  return entries.map((entry) => (entry.includes("/") ? ipaddr.parseCIDR(entry) : toHostRange(entry)));
}

function toHostRange(address: string): Range {
  const parsed = ipaddr.process(address);
  return [parsed, parsed.kind() === "ipv4" ? 32 : 128];
}

function isTrusted(address: string, trusted: Range[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return trusted.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits));
}

/**
 * The client's address. Security-critical: forwarding headers (CF-Connecting-IP, X-Forwarded-For)
 * are believed only when the TCP peer is a configured trusted proxy; otherwise the peer itself is
 * the client. Null when the request did not pass through the MMSO server (no peer header).
 */
export function clientIp(headers: Headers, trusted: Range[]): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer) return null;
  if (!isTrusted(peer, trusted)) return normalise(peer);
  const cf = headers.get("cf-connecting-ip")?.trim();
  if (cf && ipaddr.isValid(cf)) return normalise(cf);
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Walk from the right: the first hop that is not one of our proxies is the client.
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i] as string;
    if (!ipaddr.isValid(hop)) return normalise(peer);
    if (!isTrusted(hop, trusted)) return normalise(hop);
  }
  return normalise(chain[0] ?? peer);
}

/** Approximate country (ISO code) from Cloudflare's header, believed only from a trusted proxy. */
export function clientCountry(headers: Headers, trusted: Range[]): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer || !isTrusted(peer, trusted)) return null;
  const country = headers.get("cf-ipcountry")?.trim().toUpperCase();
  return country && /^[A-Z]{2}$/.test(country) && country !== "XX" && country !== "T1" ? country : null;
}

function normalise(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
}

/**
 * The key under which an address is rate limited: IPv4 as is, IPv6 by its /64 network — one
 * subscriber or server routinely holds a whole /64, so counting single IPv6 addresses would let
 * one machine step around every per-address cap.
 */
export function rateLimitKeyForIp(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
