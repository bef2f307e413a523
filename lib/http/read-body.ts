import { AppError } from "./errors";

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a request body up to `maxBytes`, refusing early when Content-Length already says more
 * and aborting the read as soon as the stream goes past the limit (413 either way).
 */
export async function readBodyText(req: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readBodyBytes(req, maxBytes));
}

/** The raw bytes of a body (uploads), with the same early and streaming 413. */
export async function readBodyBytes(req: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Parses a JSON body; an empty body is `undefined`, malformed JSON is a 400. */
export async function readJsonBody(req: Request, maxBytes?: number): Promise<unknown> {
  const text = await readBodyText(req, maxBytes);
  if (text.trim() === "") return undefined;
  const type = req.headers.get("content-type") ?? "";
  if (type && !type.toLowerCase().includes("json")) throw new AppError("unsupported_media_type");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_json");
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", { details: { maxBytes } });
}
