import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { deleteMeBody } from "@/lib/privacy/deletion/delete-account-input";
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


export const deleteMeEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/me",
  operationId: "deleteMe",
  summary: "Delete My Account: deactivates the account and anonymizes the person's identifiers; every token dies at once",
  description:
    "Body `{ \"confirm\": true }` after the app's own confirmation. Name, phone, email, photo, Telegram link, push tokens, sessions and refresh tokens, chatbot links and the user link of usage events are removed; orders and ledger entries are kept without identity (policy S6). 409 `conflict` with `details.reason = \"last_owner\"` while the person is the last owner of a center.",
  tags: ["Me"],
  access: "user",
  body: deleteMeBody,
  response: z.null(),
  successStatus: 204,
  errors: ["conflict"],
  maxBodyBytes: 1024,
});
