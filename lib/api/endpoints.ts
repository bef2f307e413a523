import type { EndpointSpec } from "@/lib/http/endpoint";
import { logoutEndpoint, refreshTokenEndpoint, requestOtpEndpoint, verifyOtpEndpoint } from "./auth-endpoints";
import { listCategoriesEndpoint, listCoursesEndpoint } from "./catalog-endpoints";
import { createOrderEndpoint, getOrderEndpoint, listMyOrdersEndpoint, requestRefundEndpoint, validateCouponEndpoint } from "./commerce-endpoints";
import {
  followInstructorEndpoint,
  getCenterEndpoint,
  getCourseEndpoint,
  getInstructorEndpoint,
  unfollowInstructorEndpoint,
} from "./catalog-detail-endpoints";
import { completeLessonEndpoint, getLessonEndpoint, listMyCoursesEndpoint, listMyFollowingEndpoint } from "./learning-endpoints";
import { joinLiveClassEndpoint, listMyLiveClassesEndpoint } from "./live-class-endpoints";
import { deleteMeEndpoint, deleteMyPhotoEndpoint, getMeEndpoint, putMyPhotoEndpoint, updateMeEndpoint } from "./me-endpoints";
import { listMyNotificationsEndpoint, markAllNotificationsReadEndpoint, markNotificationReadEndpoint } from "./notification-endpoints";
import { deleteDeviceEndpoint, registerDeviceEndpoint } from "./device-endpoints";
import { getNotificationPreferencesEndpoint, updateNotificationPreferencesEndpoint } from "./notification-preference-endpoints";
import { linkTelegramEndpoint, unlinkTelegramEndpoint } from "./telegram-endpoints";
import { recordUsageEventsEndpoint } from "./analytics-endpoints";
import { exportMyDataEndpoint } from "./export-endpoints";
import { acknowledgePolicyEndpoint, listPoliciesEndpoint } from "./policy-endpoints";
import { getQuizEndpoint, listMyQuizAttemptsEndpoint, startQuizAttemptEndpoint, submitQuizAttemptEndpoint } from "./quiz-endpoints";

/** Every endpoint of /api/v1, in the order the reference shows them. The OpenAPI document reads this. */
export const endpoints: readonly EndpointSpec[] = [
  requestOtpEndpoint,
  verifyOtpEndpoint,
  refreshTokenEndpoint,
  logoutEndpoint,
  listCategoriesEndpoint,
  listCoursesEndpoint,
  getCourseEndpoint,
  getCenterEndpoint,
  getInstructorEndpoint,
  followInstructorEndpoint,
  unfollowInstructorEndpoint,
  getLessonEndpoint,
  completeLessonEndpoint,
  listMyCoursesEndpoint,
  listMyFollowingEndpoint,
  validateCouponEndpoint,
  createOrderEndpoint,
  getOrderEndpoint,
  requestRefundEndpoint,
  listMyOrdersEndpoint,
  getMeEndpoint,
  updateMeEndpoint,
  putMyPhotoEndpoint,
  deleteMyPhotoEndpoint,
  exportMyDataEndpoint,
  linkTelegramEndpoint,
  unlinkTelegramEndpoint,
  listMyNotificationsEndpoint,
  markNotificationReadEndpoint,
  markAllNotificationsReadEndpoint,
  getNotificationPreferencesEndpoint,
  updateNotificationPreferencesEndpoint,
  registerDeviceEndpoint,
  deleteDeviceEndpoint,
  getQuizEndpoint,
  startQuizAttemptEndpoint,
  listMyQuizAttemptsEndpoint,
  submitQuizAttemptEndpoint,
  joinLiveClassEndpoint,
  listMyLiveClassesEndpoint,
  listPoliciesEndpoint,
  acknowledgePolicyEndpoint,
  deleteMeEndpoint,
  recordUsageEventsEndpoint,
];
