import "server-only";
import { AppError } from "@/lib/http/errors";
import { reencodeImage } from "@/lib/storage/reencode-image";
import { MAX_PHOTO_BYTES } from "./photo-limits";

const ACCEPTED = new Set(["jpeg", "png", "webp", "heif", "avif"]);
const SIZE = 512;

/** A profile photo as a 512×512 WebP (cropped to its most interesting part), metadata dropped. */
export async function processPhoto(bytes: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  return reencodeImage(bytes, {
    maxBytes: MAX_PHOTO_BYTES,
    formats: ACCEPTED,
    transform: (image) => image.resize(SIZE, SIZE, { fit: "cover", position: "attention" }).webp({ quality: 80 }),
    invalid,
  });
}

function invalid(code: string) {
  return new AppError("validation_failed", {
    details: [{ path: "body", code, message: "Send a JPEG, PNG, WebP, HEIF or AVIF image up to 5 MB" }],
  });
}
