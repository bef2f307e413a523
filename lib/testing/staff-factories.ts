import type { Actor } from "@/lib/auth/actor";
import type { ClientInfo } from "@/lib/http/client-info";
import { db } from "@/lib/db";
import { createCenter, createUser, unique } from "./factories";

/** An Actor for a user, as the web session would make it (tests need no real session row). */
export function actorFor(user: { id: string; role?: "USER" | "PLATFORM_ADMIN" }, sessionKind: "web" | "mobile" = "web"): Actor {
  return { userId: user.id, platformRole: user.role ?? "USER", sessionId: unique("session"), sessionKind };
}

/** A member of a center with the given role; instructors get an InstructorProfile. */
export async function addStaff(centerId: string, role: "OWNER" | "ADMIN" | "INSTRUCTOR", userData: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(userData);
  const membership = await db.centerMembership.create({ data: { centerId, userId: user.id, role } });
  const instructorProfile =
    role === "INSTRUCTOR"
      ? await db.instructorProfile.create({ data: { userId: user.id, displayNameEn: `Teacher ${user.name}`, displayNameMy: `ဆရာ ${user.name}` } })
      : null;
  return { user, membership, instructorProfile, actor: actorFor(user) };
}

/** A center with one owner, one admin and one instructor, each with an Actor. */
export async function createCenterWithStaff(data: Parameters<typeof createCenter>[0] = {}) {
  const center = await createCenter(data);
  const owner = await addStaff(center.id, "OWNER");
  const admin = await addStaff(center.id, "ADMIN");
  const instructor = await addStaff(center.id, "INSTRUCTOR");
  return { center, owner, admin, instructor, instructorProfile: instructor.instructorProfile! };
}

/** A platform admin (the operator) and their Actor. */
export async function createPlatformAdmin() {
  const user = await createUser({ role: "PLATFORM_ADMIN" });
  return { user, actor: actorFor(user) };
}

/** The ClientInfo of a web request from a desktop browser. */
export function testClient(overrides: Partial<ClientInfo> = {}): ClientInfo {
  return {
    ip: "203.0.113.7",
    country: "MM",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0",
    deviceType: "desktop",
    os: "Windows",
    browser: "Chrome",
    appVersion: null,
    platform: "WEB",
    deviceModel: null,
    requestId: unique("req"),
    ...overrides,
  };
}
