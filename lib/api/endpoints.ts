import type { EndpointSpec } from "@/lib/http/endpoint";
import { logoutEndpoint, refreshTokenEndpoint, requestOtpEndpoint, verifyOtpEndpoint } from "./auth-endpoints";
import { listCategoriesEndpoint, listCoursesEndpoint } from "./catalog-endpoints";
import { deleteMyPhotoEndpoint, getMeEndpoint, putMyPhotoEndpoint, updateMeEndpoint } from "./me-endpoints";

/** Every endpoint of /api/v1, in the order the reference shows them. The OpenAPI document reads this. */
export const endpoints: readonly EndpointSpec[] = [
  requestOtpEndpoint,
  verifyOtpEndpoint,
  refreshTokenEndpoint,
  logoutEndpoint,
  listCategoriesEndpoint,
  listCoursesEndpoint,
  getMeEndpoint,
  updateMeEndpoint,
  putMyPhotoEndpoint,
  deleteMyPhotoEndpoint,
];
