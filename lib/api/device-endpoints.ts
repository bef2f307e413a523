import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { deviceDto, deviceTokenParams, registerDeviceBody } from "@/lib/push/device-schemas";

// Registration runs on every app start and token refresh: generous for that, tight for a flood.
const devicesWrite = { bucket: "devices.write", limit: 30, windowSeconds: 60 };

export const registerDeviceEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/me/devices",
  operationId: "registerDevice",
  summary: "Register (or refresh) the caller's push token for this device",
  description: "Idempotent: a token already registered is refreshed, and moves to the caller if another account used it on this install.",
  tags: ["Me"],
  access: "user",
  body: registerDeviceBody,
  response: deviceDto,
  maxBodyBytes: 2_048,
  rateLimit: devicesWrite,
});

export const deleteDeviceEndpoint = defineEndpoint({
  method: "delete",
  path: "/api/v1/me/devices/{token}",
  operationId: "deleteDevice",
  summary: "Unregister one of the caller's push tokens",
  tags: ["Me"],
  access: "user",
  params: deviceTokenParams,
  response: z.null(),
  successStatus: 204,
  errors: ["not_found"],
  rateLimit: devicesWrite,
});
