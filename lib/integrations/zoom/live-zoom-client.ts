import "server-only";
import {
  generatePasscode,
  meetingRequestBody,
  meetingUpdateBody,
  ZoomError,
  type CreateMeetingInput,
  type UpdateMeetingInput,
  type ZoomClient,
  type ZoomErrorKind,
  type ZoomMeeting,
} from "./zoom-client";

export type LiveZoomOptions = {
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** Injectable for tests against a local server. */
  oauthBaseUrl?: string;
  apiBaseUrl?: string;
  timeoutMs?: number;
  /** Renew the token this long before Zoom's `expires_in` runs out. */
  renewBeforeMs?: number;
  now?: () => number;
};

type CachedToken = { value: string; renewAt: number };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Zoom through Server-to-Server OAuth (integrations.md). The access token is cached in memory and
 * renewed `renewBeforeMs` before it expires; concurrent callers share one token request. A 401 from
 * the API (a token revoked early) drops the cache and retries once with a new token.
 */
export function createLiveZoomClient(options: LiveZoomOptions): ZoomClient {
  const oauthBase = options.oauthBaseUrl ?? "https://zoom.us";
  const apiBase = options.apiBaseUrl ?? "https://api.zoom.us";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const renewBefore = options.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS;
  const now = options.now ?? Date.now;
  let cached: CachedToken | null = null;
  let inFlight: Promise<string> | null = null;

  async function requestToken(): Promise<string> {
    const url = `${oauthBase}/oauth/token?grant_type=account_credentials&account_id=${encodeURIComponent(options.accountId)}`;
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64");
    const response = await send("token", url, { method: "POST", headers: { authorization: `Basic ${basic}` } });
    if (!response.ok) throw await errorFrom("token", response, response.status < 500 && response.status !== 429 ? "auth" : undefined);
    const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== "string" || typeof body.expires_in !== "number") throw new ZoomError("unavailable", "token", response.status);
    cached = { value: body.access_token, renewAt: now() + body.expires_in * 1000 - renewBefore };
    return body.access_token;
  }

  function token(): Promise<string> {
    if (cached && now() < cached.renewAt) return Promise.resolve(cached.value);
    // Security-relevant only for cost: one refresh in flight at a time, shared by every caller.
    inFlight ??= requestToken().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function send(operation: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      // Network failure or timeout; the cause may carry the URL with the account id, so it is dropped.
      throw new ZoomError("unavailable", operation);
    }
  }

  async function api(operation: string, method: string, path: string, body?: unknown): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const accessToken = await token();
      const response = await send(operation, `${apiBase}${path}`, {
        method,
        headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status === 401 && attempt === 0) {
        if (cached?.value === accessToken) cached = null;
        await response.body?.cancel();
        continue;
      }
      return response;
    }
  }

  return {
    async createMeeting(input: CreateMeetingInput): Promise<ZoomMeeting> {
      const response = await api("createMeeting", "POST", "/v2/users/me/meetings", meetingRequestBody(input, generatePasscode()));
      if (response.status !== 201 && response.status !== 200) throw await errorFrom("createMeeting", response);
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      const id = body?.id;
      if ((typeof id !== "number" && typeof id !== "string") || typeof body?.join_url !== "string" || typeof body.start_url !== "string") {
        throw new ZoomError("unavailable", "createMeeting", response.status);
      }
      return { meetingId: String(id), joinUrl: body.join_url, startUrl: body.start_url, password: typeof body.password === "string" ? body.password : "" };
    },

    async updateMeeting(meetingId: string, input: UpdateMeetingInput): Promise<void> {
      const response = await api("updateMeeting", "PATCH", `/v2/meetings/${encodeURIComponent(meetingId)}`, meetingUpdateBody(input));
      if (!response.ok) throw await errorFrom("updateMeeting", response);
      await response.body?.cancel();
    },

    async deleteMeeting(meetingId: string): Promise<void> {
      const response = await api("deleteMeeting", "DELETE", `/v2/meetings/${encodeURIComponent(meetingId)}`);
      if (response.ok || response.status === 404) {
        await response.body?.cancel();
        return;
      }
      throw await errorFrom("deleteMeeting", response);
    },
  };
}

async function errorFrom(operation: string, response: Response, fallback?: ZoomErrorKind): Promise<ZoomError> {
  const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
  const zoomCode = typeof body?.code === "number" ? body.code : undefined;
  return new ZoomError(fallback ?? kindOf(response.status), operation, response.status, zoomCode);
}

function kindOf(status: number): ZoomErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status >= 400 && status < 500) return "invalid_request";
  return "unavailable";
}
