import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db";
import { findPurchasableCourse } from "@/lib/commerce/orders/purchasable-course";
import { AppError } from "@/lib/http/errors";
import { createReportableUser, createRetentionRun } from "@/lib/testing/admin-factories";
import { createCategory, createCenter, createCourse, createUser } from "@/lib/testing/factories";
import { createConversation } from "@/lib/testing/messenger-factories";
import { addWebSession } from "@/lib/testing/settings-factories";
import { createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { listCentersForAdmin } from "./centers/list-centers";
import { setCenterStatus } from "./centers/set-center-status";
import { deleteChatbotDataByPsid } from "./privacy-requests/delete-chatbot-data-by-psid";
import { listPrivacyRequests } from "./privacy-requests/list-privacy-requests";
import { listRetentionRuns } from "./retention/list-retention-runs";
import { findUsersForAdmin } from "./users/find-users";
import { getUserSummaryForAdmin } from "./users/get-user-summary";
import { setUserStatus } from "./users/set-user-status";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("the platform admin area", () => {
  it("approves a pending center, and a suspension takes its courses off the site and out of checkout", async () => {
    const operator = await createPlatformAdmin();
    const category = await createCategory();
    const center = await createCenter({ status: "PENDING" });
    const course = await createCourse({ centerId: center.id, categoryId: category.id });
    const pending = await listCentersForAdmin(operator.actor, { status: "PENDING" });
    expect(pending.map((c) => c.id)).toContain(center.id);
    expect(pending.every((c) => c.status === "PENDING")).toBe(true);
    expect((await failure(findPurchasableCourse(course.id))).code).toBe("not_found");

    await setCenterStatus(operator.actor, { centerId: center.id, action: "approve" }, testClient());
    expect(await db.center.findUniqueOrThrow({ where: { id: center.id } })).toMatchObject({ status: "ACTIVE", approvedById: operator.user.id, approvedAt: expect.any(Date) });
    expect((await findPurchasableCourse(course.id)).id).toBe(course.id);
    expect((await getCourse({ courseId: course.id, actor: null, locale: "en" })).id).toBe(course.id);

    await setCenterStatus(operator.actor, { centerId: center.id, action: "suspend" }, testClient());
    expect((await failure(findPurchasableCourse(course.id))).code).toBe("not_found");
    expect((await failure(getCourse({ courseId: course.id, actor: null, locale: "en" }))).code).toBe("not_found");
    // Only the moves that make sense: suspending twice or approving a suspended center is a conflict.
    expect((await failure(setCenterStatus(operator.actor, { centerId: center.id, action: "suspend" }))).code).toBe("conflict");
    expect((await failure(setCenterStatus(operator.actor, { centerId: center.id, action: "approve" }))).code).toBe("conflict");
    await setCenterStatus(operator.actor, { centerId: center.id, action: "reinstate" }, testClient());
    expect(await db.center.findUniqueOrThrow({ where: { id: center.id } })).toMatchObject({ status: "ACTIVE", suspendedAt: null });
    const logged = await db.activityLog.findMany({ where: { centerId: center.id, actorUserId: operator.user.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(logged.map((l) => l.action)).toEqual(["center.approved", "center.suspended", "center.reinstated"]);
    expect((await failure(setCenterStatus(operator.actor, { centerId: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", action: "approve" }))).code).toBe("not_found");
  });

  it("finds a person by exact phone, email or id, masked, with counts and no message texts", async () => {
    const operator = await createPlatformAdmin();
    const person = await createReportableUser();
    const { center } = await createCenterWithStaff();
    await db.centerMembership.create({ data: { centerId: center.id, userId: person.id, role: "ADMIN" } });
    await addWebSession(person.id);
    const national = `0${person.phone!.slice(3)}`;
    for (const q of [national, person.email!.toUpperCase(), person.id]) {
      const found = await findUsersForAdmin(operator.actor, { q });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ id: person.id, status: "ACTIVE" });
      expect(found[0]!.phone).not.toBe(person.phone);
      expect(found[0]!.email).not.toBe(person.email);
    }
    // Exact only: a fragment finds nobody.
    expect(await findUsersForAdmin(operator.actor, { q: person.email!.slice(0, 6) })).toEqual([]);
    const summary = await getUserSummaryForAdmin(operator.actor, person.id);
    expect(summary).toMatchObject({ status: "ACTIVE", role: "USER", ageConfirmed: true, canReactivate: false, counts: { activeSessions: 1 } });
    expect(summary.memberships).toEqual([expect.objectContaining({ centerId: center.id, role: "ADMIN", status: "ACTIVE" })]);
    expect(JSON.stringify(summary)).not.toContain(person.phone!);
    expect(JSON.stringify(summary)).not.toContain(person.email!);
  });

  it("deactivates an account (sign-ins revoked with reason ADMIN) and reactivates only its own deactivation", async () => {
    const operator = await createPlatformAdmin();
    const person = await createUser();
    await addWebSession(person.id);
    await setUserStatus(operator.actor, { userId: person.id, action: "deactivate" }, testClient());
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ status: "DEACTIVATED" });
    expect(await db.session.findFirst({ where: { userId: person.id } })).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "ADMIN" });
    expect(await db.activityLog.count({ where: { action: "admin.user.deactivated", actorUserId: operator.user.id, targetId: person.id } })).toBe(1);
    expect((await getUserSummaryForAdmin(operator.actor, person.id)).canReactivate).toBe(true);
    expect((await failure(setUserStatus(operator.actor, { userId: person.id, action: "deactivate" }, testClient()))).code).toBe("not_found");
    await setUserStatus(operator.actor, { userId: person.id, action: "reactivate" }, testClient());
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ status: "ACTIVE", deactivatedAt: null });
    expect((await failure(setUserStatus(operator.actor, { userId: person.id, action: "reactivate" }, testClient()))).code).toBe("conflict");
    // A person who closed their own account stays closed; an operator cannot lock themselves out.
    await db.user.update({ where: { id: person.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    expect((await failure(setUserStatus(operator.actor, { userId: person.id, action: "reactivate" }, testClient()))).code).toBe("conflict");
    expect((await failure(setUserStatus(operator.actor, { userId: operator.user.id, action: "deactivate" }, testClient()))).code).toBe("forbidden");
    // The last owner of a center is refused, as in their own closure.
    const { owner } = await createCenterWithStaff();
    expect((await failure(setUserStatus(operator.actor, { userId: owner.user.id, action: "deactivate" }, testClient()))).code).toBe("conflict");
  });

  it("deletes chatbot data by PSID from the privacy queue (policy M5) and lists requests without the PSID", async () => {
    const operator = await createPlatformAdmin();
    const conversation = await createConversation();
    const { confirmationCode, deletedConversations } = await deleteChatbotDataByPsid(operator.actor, { psid: ` ${conversation.psid} ` }, testClient());
    expect(deletedConversations).toBe(1);
    expect(await db.messengerConversation.count({ where: { psid: conversation.psid } })).toBe(0);
    expect(await db.messengerMessage.count({ where: { conversationId: conversation.id } })).toBe(0);
    const person = await createUser();
    await db.privacyRequest.create({ data: { kind: "EXPORT", status: "RECEIVED", subjectUserId: person.id } });
    const rows = await listPrivacyRequests(operator.actor);
    const chatbot = rows.find((row) => row.confirmationCode === confirmationCode);
    expect(chatbot).toMatchObject({ kind: "CHATBOT_DELETION", status: "COMPLETED", subject: { kind: "chatbot" }, handled: true });
    expect(rows.findIndex((row) => row.subject.kind === "user" && row.subject.userId === person.id)).toBeLessThan(rows.indexOf(chatbot!));
    expect(JSON.stringify(rows)).not.toContain(conversation.psid);
    expect(JSON.stringify(await db.activityLog.findMany({ where: { action: "privacy.chatbot_deleted" } }))).not.toContain(conversation.psid);
    expect((await listPrivacyRequests(operator.actor, { kind: "EXPORT" })).every((row) => row.kind === "EXPORT")).toBe(true);
    await expect(deleteChatbotDataByPsid(operator.actor, { psid: "abc" })).rejects.toThrow();
  });

  it("shows the retention run history newest first with durations and errors", async () => {
    const operator = await createPlatformAdmin();
    const older = await createRetentionRun({ minutesAgo: 90, seconds: 3, deleted: 12 });
    const newer = await createRetentionRun({ minutesAgo: 1, seconds: 1, error: "PrismaClientKnownRequestError" });
    const runs = await listRetentionRuns(operator.actor);
    expect(runs.indexOf(runs.find((r) => r.id === newer.id)!)).toBeLessThan(runs.indexOf(runs.find((r) => r.id === older.id)!));
    expect(runs.find((r) => r.id === older.id)).toMatchObject({ rule: older.job, deletedCount: 12, durationMs: 3000, error: null });
    expect(runs.find((r) => r.id === newer.id)).toMatchObject({ error: "PrismaClientKnownRequestError", durationMs: 1000 });
  });

  it("is for platform admins only: a student and a center owner get not_found and change nothing", async () => {
    const { owner, center } = await createCenterWithStaff({ status: "PENDING" });
    const student = await createUser();
    const conversation = await createConversation();
    for (const actor of [owner.actor, { ...owner.actor, userId: student.id }, null]) {
      const attempts: Promise<unknown>[] = [
        listCentersForAdmin(actor),
        setCenterStatus(actor, { centerId: center.id, action: "approve" }),
        findUsersForAdmin(actor, { q: student.id }),
        getUserSummaryForAdmin(actor, student.id),
        setUserStatus(actor, { userId: student.id, action: "deactivate" }, testClient()),
        listPrivacyRequests(actor),
        deleteChatbotDataByPsid(actor, { psid: conversation.psid }),
        listRetentionRuns(actor),
      ];
      for (const attempt of attempts) expect((await failure(attempt)).code).toBe("not_found");
    }
    expect((await db.center.findUniqueOrThrow({ where: { id: center.id } })).status).toBe("PENDING");
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).status).toBe("ACTIVE");
    expect(await db.messengerConversation.count({ where: { id: conversation.id } })).toBe(1);
  });
});
