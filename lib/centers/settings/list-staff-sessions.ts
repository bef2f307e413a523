import "server-only";
import { centerScope, hasPermission, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { assignableRoles } from "@/lib/access/permissions";
import { db } from "@/lib/db";

export type StaffSessionKind = "web" | "mobile";

/** One live sign-in of a staff member, as the sessions page shows it (no token, no user agent string). */
export type StaffSession = {
  id: string;
  kind: StaffSessionKind;
  member: { userId: string; name: string | null; role: "OWNER" | "ADMIN" | "INSTRUCTOR" };
  deviceType: string | null;
  os: string | null;
  /** Web: browser and version. Mobile: the app's platform, model and version. */
  client: string | null;
  ip: string | null;
  /** ISO 3166 country from a trusted proxy (policy S1.2: never more precise than that). */
  country: string | null;
  startedAt: string;
  lastSeenAt: string | null;
  /** The session this page is being viewed with. */
  current: boolean;
  /** Whether the viewer may sign this session out (an admin never touches an owner's). */
  revocable: boolean;
};

// A center has tens of staff; this bounds the page even if someone signed in on many devices.
const MAX_PER_KIND = 200;

/**
 * The live (not revoked, not expired) web and mobile sessions of the center's active staff,
 * most recently active first. Only people with an ACTIVE membership here are listed (policy C1).
 */
export async function listStaffSessions(access: CenterAccess, now = new Date()): Promise<StaffSession[]> {
  requirePermission(access, "session.read");
  const members = await db.centerMembership.findMany({
    where: { ...centerScope(access), status: "ACTIVE", user: { status: "ACTIVE" } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const byUser = new Map(members.map((m) => [m.userId, { userId: m.userId, name: m.user.name, role: m.role }]));
  const userId = { in: [...byUser.keys()] };
  const [web, mobile] = await Promise.all([
    db.session.findMany({
      where: { userId, revokedAt: null, expires: { gt: now } },
      select: { id: true, userId: true, deviceType: true, os: true, browser: true, ip: true, country: true, createdAt: true, lastSeenAt: true },
      orderBy: { createdAt: "desc" },
      take: MAX_PER_KIND,
    }),
    db.mobileSession.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, userId: true, platform: true, deviceType: true, deviceModel: true, os: true, appVersion: true, ip: true, country: true, createdAt: true, lastSeenAt: true },
      orderBy: { createdAt: "desc" },
      take: MAX_PER_KIND,
    }),
  ]);
  // The same rule as revokeStaffSession: session.revoke, and only roles the viewer may assign.
  const mayRevoke = new Set<string>(hasPermission(access, "session.revoke") ? assignableRoles(access.role) : []);
  const row = (kind: StaffSessionKind, s: (typeof web)[number] | (typeof mobile)[number], client: string | null): StaffSession => {
    const member = byUser.get(s.userId)!;
    const current = access.actor.sessionKind === kind && access.actor.sessionId === s.id;
    return {
      id: s.id,
      kind,
      member,
      deviceType: s.deviceType,
      os: s.os,
      client,
      ip: s.ip,
      country: s.country,
      startedAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
      current,
      revocable: !current && mayRevoke.has(member.role),
    };
  };
  const rows = [
    ...web.map((s) => row("web", s, s.browser)),
    ...mobile.map((s) => row("mobile", s, [s.platform, s.deviceModel, s.appVersion].filter(Boolean).join(" ") || null)),
  ];
  const activity = (s: StaffSession) => s.lastSeenAt ?? s.startedAt;
  return rows.sort((a, b) => activity(b).localeCompare(activity(a)));
}
