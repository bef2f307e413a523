import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { maskEmail, maskPhone } from "../mask";
import { assertPlatformAdmin } from "../operator";
import { canReactivate } from "./reactivation-rule";

export type AdminUserSummary = {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  status: "ACTIVE" | "DEACTIVATED" | "DELETED";
  role: "USER" | "PLATFORM_ADMIN";
  locale: "EN" | "MY";
  ageConfirmed: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  deactivatedAt: string | null;
  deletedAt: string | null;
  canReactivate: boolean;
  memberships: { centerId: string; slug: string; nameEn: string | null; nameMy: string | null; role: string; status: string }[];
  counts: { enrollments: number; orders: number; quizAttempts: number; follows: number; supportRequests: number; activeSessions: number; openChildReports: number; privacyRequests: number };
};

/** One person for the operator: status, role, memberships and counts. Masked contacts; never a message's text. */
export async function getUserSummaryForAdmin(actor: Actor | null, userId: string): Promise<AdminUserSummary> {
  assertPlatformAdmin(actor);
  if (!z.uuid().safeParse(userId).success) throw new AppError("not_found");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      phone: true,
      email: true,
      status: true,
      role: true,
      locale: true,
      ageConfirmedAt: true,
      createdAt: true,
      lastLoginAt: true,
      deactivatedAt: true,
      deletedAt: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, status: true, center: { select: { id: true, slug: true, nameEn: true, nameMy: true } } } },
      _count: {
        select: {
          enrollments: true,
          orders: true,
          quizAttempts: true,
          follows: true,
          supportRequests: true,
          privacyRequests: true,
          childReportsAbout: { where: { status: "OPEN" } },
          sessions: { where: { revokedAt: null } },
          mobileSessions: { where: { revokedAt: null } },
        },
      },
    },
  });
  if (!user) throw new AppError("not_found");
  const c = user._count;
  return {
    id: user.id,
    name: user.name,
    phone: maskPhone(user.phone),
    email: maskEmail(user.email),
    status: user.status,
    role: user.role,
    locale: user.locale,
    ageConfirmed: user.ageConfirmedAt !== null,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    deletedAt: user.deletedAt?.toISOString() ?? null,
    canReactivate: user.status === "DEACTIVATED" && (await canReactivate(db, user.id)),
    memberships: user.memberships.map((m) => ({ centerId: m.center.id, slug: m.center.slug, nameEn: m.center.nameEn, nameMy: m.center.nameMy, role: m.role, status: m.status })),
    counts: {
      enrollments: c.enrollments,
      orders: c.orders,
      quizAttempts: c.quizAttempts,
      follows: c.follows,
      supportRequests: c.supportRequests,
      activeSessions: c.sessions + c.mobileSessions,
      openChildReports: c.childReportsAbout,
      privacyRequests: c.privacyRequests,
    },
  };
}
