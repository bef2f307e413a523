import "server-only";
import { AppError } from "@/lib/http/errors";
import { reencodeImage } from "@/lib/storage/reencode-image";
import { MAX_LOGO_BYTES } from "./center-profile-schema";

// Decoded formats accepted (the declared MIME type is not trusted): PNG, JPEG, WebP only.
const ACCEPTED = new Set(["png", "jpeg", "webp"]);
export const LOGO_SIZE = 256;

/**
 * A logo as a 256×256 WebP. The whole logo is kept (`contain` on a transparent square, never
 * cropped: a logo cut in half is worse than margins).
 */
export async function processLogo(bytes: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  return reencodeImage(bytes, {
    maxBytes: MAX_LOGO_BYTES,
    formats: ACCEPTED,
    transform: (image) => image.resize(LOGO_SIZE, LOGO_SIZE, { fit: "contain", background: { r: 255, g: 255, b: 255, alpha: 0 } }).webp({ quality: 85 }),
    invalid,
  });
}

function invalid(code: string) {
  // The path names the form's file field, so the form shows the message beside the picker.
  return new AppError("validation_failed", { details: [{ path: "body.logo", code, message: "invalid_logo" }] });
}
