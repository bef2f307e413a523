import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { validateWebSession } from "@/lib/auth/web-session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createCenter } from "@/lib/testing/factories";
import { addMobileSession, addWebSession } from "@/lib/testing/settings-factories";
import { addStaff, createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { deactivateOwnAccount } from "./deactivate-own-account";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function liveSignIns(userId: string) {
  const [web, mobile, refresh] = await Promise.all([
    db.session.count({ where: { userId, revokedAt: null } }),
    db.mobileSession.count({ where: { userId, revokedAt: null } }),
    db.refreshToken.count({ where: { session: { userId }, revokedAt: null } }),
  ]);
  return { web, mobile, refresh };
}

describe("policy C6: a center admin deactivates their own account", () => {
  it("ends every membership and sign-in, and logs it in each center", async () => {
    const a = await createCenterWithStaff();
    const b = await createCenter();
    const { user } = a.instructor;
    const bMembership = await db.centerMembership.create({ data: { centerId: b.id, userId: user.id, role: "ADMIN" } });
    const web = await addWebSession(user.id);
    await addWebSession(user.id);
    await addMobileSession(user.id);
    await db.telegramLink.create({ data: { userId: user.id, telegramId: BigInt(Date.now()), username: "closing_user", authDate: new Date() } });
    expect(await liveSignIns(user.id)).toEqual({ web: 2, mobile: 1, refresh: 1 });
    const other = await addWebSession(a.admin.user.id);

    const access = await getCenterAccess(a.instructor.actor, a.center.slug);
    await deactivateOwnAccount(access, { confirmation: a.center.nameEn! }, testClient());

    // Policy S6/C6: an admin's deactivation anonymizes like Delete My Account.
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      status: "DELETED",
      deactivatedAt: expect.any(Date),
      deletedAt: expect.any(Date),
      name: null,
      phone: null,
      email: null,
    });
    expect(await db.centerMembership.findMany({ where: { userId: user.id }, select: { status: true } })).toEqual([{ status: "DEACTIVATED" }, { status: "DEACTIVATED" }]);
    expect(await liveSignIns(user.id)).toEqual({ web: 0, mobile: 0, refresh: 0 });
    expect(await db.session.count({ where: { userId: user.id, revokedReason: "ACCOUNT_DELETED" } })).toBe(2);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(0);
    // Policy S1.3/S6: the Telegram link goes with the account.
    expect(await db.telegramLink.count({ where: { userId: user.id } })).toBe(0);
    expect(await validateWebSession(web.id, user.id)).toBeNull();
    // Their former center no longer lets them in, and nobody else was touched.
    expect((await failure(getCenterAccess(a.instructor.actor, a.center.slug))).code).toBe("not_found");
    expect(await validateWebSession(other.id, a.admin.user.id)).not.toBeNull();

    const logs = await db.activityLog.findMany({ where: { actorUserId: user.id, action: "account.deleted" }, select: { centerId: true, targetId: true } });
    expect(logs).toEqual(
      expect.arrayContaining([
        { centerId: a.center.id, targetId: a.instructor.membership.id },
        { centerId: b.id, targetId: bMembership.id },
        { centerId: null, targetId: user.id },
      ]),
    );
    expect(logs).toHaveLength(3);
  });

  it("refuses the last active owner of any center, naming it, and changes nothing", async () => {
    const a = await createCenterWithStaff();
    await addWebSession(a.owner.user.id);
    const access = await getCenterAccess(a.owner.actor, a.center.id);
    const error = await failure(deactivateOwnAccount(access, { confirmation: "DEACTIVATE" }, testClient()));
    expect(error.code).toBe("conflict");
    expect(error.details).toMatchObject({ reason: "last_owner", centerSlug: a.center.slug });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.owner.user.id } })).status).toBe("ACTIVE");
    expect((await db.centerMembership.findUniqueOrThrow({ where: { id: a.owner.membership.id } })).status).toBe("ACTIVE");
    expect(await liveSignIns(a.owner.user.id)).toMatchObject({ web: 1 });

    // Co-owner of this center, but the only owner of another one: still refused, for that one.
    const second = await addStaff(a.center.id, "OWNER");
    const elsewhere = await createCenter();
    await db.centerMembership.create({ data: { centerId: elsewhere.id, userId: second.user.id, role: "OWNER" } });
    const secondAccess = await getCenterAccess(second.actor, a.center.id);
    expect((await failure(deactivateOwnAccount(secondAccess, { confirmation: "deactivate" }, testClient()))).details).toMatchObject({ centerSlug: elsewhere.slug });

    // An owner with a co-owner everywhere may leave.
    await deactivateOwnAccount(access, { confirmation: "deactivate" }, testClient());
    expect((await db.user.findUniqueOrThrow({ where: { id: a.owner.user.id } })).status).toBe("DELETED");
  });

  it("needs the typed confirmation, and is not for a platform admin without a membership", async () => {
    const a = await createCenterWithStaff();
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    await expect(deactivateOwnAccount(access, { confirmation: "yes" }, testClient())).rejects.toThrow("confirmation_mismatch");
    expect((await db.user.findUniqueOrThrow({ where: { id: a.admin.user.id } })).status).toBe("ACTIVE");
    await deactivateOwnAccount(access, { confirmation: a.center.nameMy! }, testClient());
    expect((await db.user.findUniqueOrThrow({ where: { id: a.admin.user.id } })).status).toBe("DELETED");

    const operator = await createPlatformAdmin();
    const operatorAccess = await getCenterAccess(operator.actor, a.center.id);
    expect((await failure(deactivateOwnAccount(operatorAccess, { confirmation: "DEACTIVATE" }, testClient()))).code).toBe("forbidden");
    expect((await db.user.findUniqueOrThrow({ where: { id: operator.user.id } })).status).toBe("ACTIVE");
  });
});
