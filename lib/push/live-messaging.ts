import "server-only";
import { cert, getApps, initializeApp, type ServiceAccount } from "firebase-admin/app";
import { getMessaging, type Messaging } from "firebase-admin/messaging";
import { env } from "@/lib/env";

const APP_NAME = "mmso-push";

/**
 * firebase-admin's Messaging for production, from FIREBASE_SERVICE_ACCOUNT (the service account
 * JSON; lib/config/parse-env.ts refuses to start production without it). The app is created once
 * per process: firebase-admin caches its OAuth token on it.
 */
export function liveMessaging(): Messaging {
  const existing = getApps().find((app) => app.name === APP_NAME);
  if (existing) return getMessaging(existing);
  const json = env().FIREBASE_SERVICE_ACCOUNT;
  if (!json) throw new Error("FIREBASE_SERVICE_ACCOUNT is not set");
  // cert() reads the JSON's own snake_case fields (project_id, client_email, private_key).
  const app = initializeApp({ credential: cert(JSON.parse(json) as ServiceAccount) }, APP_NAME);
  return getMessaging(app);
}
