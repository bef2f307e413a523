import { createHash } from "node:crypto";

/** A response body ready to send: UTF-8 bytes and a strong ETag of them. */
export type Body = { readonly bytes: Uint8Array<ArrayBuffer>; readonly etag: string };

const encoder = new TextEncoder();

/**
 * The ETag is hashed on first read and kept: personal answers never carry one, so they never pay
 * for the SHA-256 (bench:api), and a cached public answer hashes once however often it is served.
 */
export function encodeBody(json: string): Body {
  const bytes = encoder.encode(json) as Uint8Array<ArrayBuffer>;
  let etag: string | undefined;
  return {
    bytes,
    get etag() {
      etag ??= `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
      return etag;
    },
  };
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
