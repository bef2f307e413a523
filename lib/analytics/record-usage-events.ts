import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { log } from "@/lib/log";
import type { UsageEventInput } from "./usage-event-schema";

export type RecordUsageEvents = {
  /** The signed-in caller links the events to their account; anonymous events carry no user. */
  actor: Actor | null;
  events: readonly UsageEventInput[];
  /** From `readClientInfo`: only platform, app version and the trusted proxy's country are kept. */
  client: Pick<ClientInfo, "platform" | "appVersion" | "country">;
};

/**
 * Stores one batch of the app's usage events (policy S1.2) in a single insert: all or nothing.
 * Deliberately absent: the IP address, the user agent and any location finer than the country the
 * trusted proxy reports (never GPS). A mobile caller's platform and version fall back to what the
 * app reported on login (its session row).
 */
export async function recordUsageEvents({ actor, events, client }: RecordUsageEvents): Promise<{ accepted: number }> {
  const session = actor?.sessionKind === "mobile" && (!client.platform || !client.appVersion)
    ? await db.mobileSession.findUnique({ where: { id: actor.sessionId }, select: { platform: true, appVersion: true } })
    : null;
  const platform = client.platform ?? session?.platform ?? null;
  const appVersion = client.appVersion ?? session?.appVersion ?? null;
  const { count } = await db.usageEvent.createMany({
    data: events.map((event) => ({
      userId: actor?.userId ?? null,
      name: event.name,
      screen: event.screen ?? null,
      props: event.props ?? undefined,
      at: new Date(event.at),
      platform,
      appVersion,
      country: client.country,
    })),
  });
  log.info("analytics.events_recorded", { count, signedIn: actor !== null });
  return { accepted: count };
}
