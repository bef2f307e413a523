import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/http/errors";
import { MAX_PHOTO_BYTES } from "./photo-limits";

const ACCEPTED = new Set(["jpeg", "png", "webp", "heif", "avif"]);
const SIZE = 512;

/**
 * Validates an uploaded image by decoding it (the declared type is not trusted), then re-encodes
 * a 512×512 WebP. Re-encoding drops every metadata block — EXIF GPS included (policy S1.2: no
 * precise location) — and any payload hidden after the image data.
 */
export async function processPhoto(bytes: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  if (bytes.byteLength === 0) throw invalid("empty");
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new AppError("payload_too_large", { details: { maxBytes: MAX_PHOTO_BYTES } });
  let format: string | undefined;
  try {
    const meta = await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata();
    format = meta.format;
  } catch {
    throw invalid("not_an_image");
  }
  if (!format || !ACCEPTED.has(format)) throw invalid("unsupported_format");
  const output = await sharp(bytes, { limitInputPixels: 40_000_000 })
    .rotate()
    .resize(SIZE, SIZE, { fit: "cover", position: "attention" })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(output.data), width: output.info.width, height: output.info.height };
}

function invalid(code: string) {
  return new AppError("validation_failed", {
    details: [{ path: "body", code, message: "Send a JPEG, PNG, WebP, HEIF or AVIF image up to 5 MB" }],
  });
}
