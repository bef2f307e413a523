import "server-only";
import sharp, { type Sharp } from "sharp";
import { AppError } from "@/lib/http/errors";

export type ReencodeOptions = {
  maxBytes: number;
  /** Decoded formats accepted (sharp's names); the declared MIME type is never trusted. */
  formats: ReadonlySet<string>;
  /** Resize and encode (e.g. `.resize(…).webp()`), applied after EXIF rotation. */
  transform: (image: Sharp) => Sharp;
  /** The 422 for a file that is not an accepted image (`empty`, `not_an_image`, `unsupported_format`). */
  invalid: (code: string) => AppError;
};

const MAX_PIXELS = 40_000_000;

/**
 * Validates an uploaded image by decoding it and re-encodes it. Re-encoding drops every metadata
 * block — EXIF GPS included (policy S1.2: no precise location) — and anything hidden after the
 * image data. Security-critical: user bytes reach sharp only here.
 */
export async function reencodeImage(bytes: Uint8Array, options: ReencodeOptions): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  if (bytes.byteLength === 0) throw options.invalid("empty");
  if (bytes.byteLength > options.maxBytes) throw new AppError("payload_too_large", { details: { maxBytes: options.maxBytes } });
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch {
    throw options.invalid("not_an_image");
  }
  if (!format || !options.formats.has(format)) throw options.invalid("unsupported_format");
  // A valid header over corrupt pixel data passes metadata() and fails only here: still the
  // sender's fault (422), not ours.
  const output = await options
    .transform(sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate())
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw options.invalid("not_an_image");
    });
  return { bytes: new Uint8Array(output.data), width: output.info.width, height: output.info.height };
}
