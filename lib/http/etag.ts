import { createHash } from "node:crypto";

/** A response body ready to send: UTF-8 bytes and a strong ETag of them. */
export type Body = { bytes: Uint8Array<ArrayBuffer>; etag: string };

const encoder = new TextEncoder();

export function encodeBody(json: string): Body {
  const bytes = encoder.encode(json) as Uint8Array<ArrayBuffer>;
  return { bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"` };
}

/**
 * If-None-Match (RFC 9110 §13.1.2): `*` or a list of entity tags, compared weakly (a `W/` prefix is
 * ignored), so a copy a proxy marked weak still revalidates.
 */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
