import "server-only";
import { isProduction } from "@/lib/env";
import { createFirebaseTransport } from "./firebase-transport";
import { liveMessaging } from "./live-messaging";
import { sandboxMessaging } from "./sandbox-messaging";
import type { PushTransport } from "./transport";

let live: PushTransport | undefined;
const sandbox = createFirebaseTransport(sandboxMessaging);

/** firebase-admin in production mode; the sandbox in demo mode, development and tests (even with credentials set). */
export function getPushTransport(): PushTransport {
  if (!isProduction()) return sandbox;
  live ??= createFirebaseTransport(liveMessaging());
  return live;
}
