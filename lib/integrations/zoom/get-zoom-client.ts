import "server-only";
import { env } from "@/lib/env";
import { createLiveZoomClient } from "./live-zoom-client";
import { SandboxZoomClient } from "./sandbox-zoom-client";
import type { ZoomClient } from "./zoom-client";

let live: ZoomClient | undefined;
let sandbox: SandboxZoomClient | undefined;

/**
 * The Zoom client of this process: the live one in production mode (its token cache lives as long
 * as the process), the sandbox everywhere else — in demo mode even when credentials are set.
 */
export function getZoomClient(): ZoomClient {
  const config = env();
  if (config.APP_MODE !== "production") return getSandboxZoomClient();
  live ??= createLiveZoomClient({
    accountId: config.ZOOM_ACCOUNT_ID,
    clientId: config.ZOOM_CLIENT_ID,
    clientSecret: config.ZOOM_CLIENT_SECRET,
  });
  return live;
}

/** The sandbox instance (demo mode and tests read its recorded requests). */
export function getSandboxZoomClient(): SandboxZoomClient {
  sandbox ??= new SandboxZoomClient();
  return sandbox;
}
