import { defineEndpoint } from "@/lib/http/endpoint";
import { MAX_PHOTO_BYTES } from "@/lib/profile/photo-limits";
import { profileDto, updateProfileInput } from "@/lib/profile/profile-dto";

export const getMeEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me",
  operationId: "getMe",
  summary: "The signed-in person's profile",
  tags: ["Me"],
  access: "user",
  response: profileDto,
});

export const updateMeEndpoint = defineEndpoint({
  method: "patch",
  path: "/api/v1/me",
  operationId: "updateMe",
  summary: "Correct name, language, category and profession preferences",
  tags: ["Me"],
  access: "user",
  body: updateProfileInput,
  response: profileDto,
  errors: ["not_found"],
});

export const putMyPhotoEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/me/photo",
  operationId: "putMyPhoto",
  summary: "Upload a profile photo (JPEG, PNG, WebP, HEIF or AVIF, up to 5 MB; stored as a 512×512 WebP without metadata)",
  tags: ["Me"],
  access: "user",
  upload: { contentTypes: ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/avif"] },
  maxBodyBytes: MAX_PHOTO_BYTES,
  response: profileDto,
  rateLimit: { bucket: "me.photo", limit: 20, windowSeconds: 3600 },
});

export const deleteMyPhotoEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/me/photo",
  operationId: "deleteMyPhoto",
  summary: "Remove the profile photo",
  tags: ["Me"],
  access: "user",
  response: profileDto,
});

