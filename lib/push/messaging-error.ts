import { FirebaseMessagingError } from "firebase-admin/messaging";

/**
 * firebase-admin's own messaging error, as `sendEach` answers it. firebase-admin 13 (pinned: 14
 * needs Node 22) declares the constructor internal; at run time it takes `{ code, message }` and
 * prefixes the code with "messaging/", exactly as for FCM's answers.
 */
export function messagingError(code: string, message: string = code): FirebaseMessagingError {
  const Construct = FirebaseMessagingError as unknown as new (info: { code: string; message: string }) => FirebaseMessagingError;
  return new Construct({ code, message });
}
