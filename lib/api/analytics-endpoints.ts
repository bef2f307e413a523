import { z } from "zod";
import { pageViewInput } from "@/lib/analytics/page-view-input";
import { usageEventBatch } from "@/lib/analytics/usage-event-schema";
import { defineEndpoint } from "@/lib/http/endpoint";

/** Enough for an app flushing a batch every few seconds; a flood is refused per user or address. */
export const USAGE_EVENTS_RATE_LIMIT = { bucket: "analytics.events", limit: 60, windowSeconds: 60 };

export const recordUsageEventsEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/events",
  operationId: "recordUsageEvents",
  summary: "Record a batch of usage events (screens viewed, features used)",
  description:
    "1–100 events per call, each within the last 7 days. Anonymous calls are accepted; with a token the events are linked to the account " +
    "(and detached on account deletion). The server adds only the approximate country from a trusted proxy; it never stores the IP address or a precise location. " +
    "`device` (optional) reports the app's platform and version, as on login. The batch is stored whole or not at all.",
  tags: ["Analytics"],
  access: "optional",
  body: usageEventBatch,
  response: z.object({ accepted: z.number().int().min(0) }).meta({ id: "UsageEventsAccepted" }),
  successStatus: 202,
  maxBodyBytes: 64 * 1024,
  rateLimit: USAGE_EVENTS_RATE_LIMIT,
});

/**
 * The student site's page-view beacon (components/analytics/page-view.tsx). Same-site only and not
 * part of the mobile API: it is deliberately left out of lib/api/endpoints.ts and the OpenAPI
 * document. Anonymous by design (ADR 0038), limited per address.
 */
export const recordWebPageViewEndpoint = defineEndpoint({
  method: "post",
  path: "/api/events/web",
  operationId: "recordWebPageView",
  summary: "Record one page view of the student site",
  tags: ["Analytics"],
  access: "public",
  body: pageViewInput,
  response: z.null(),
  successStatus: 204,
  maxBodyBytes: 2048,
  rateLimit: { bucket: "analytics.web", limit: 120, windowSeconds: 60 },
});
