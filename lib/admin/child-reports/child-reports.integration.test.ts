import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { AppError } from "@/lib/http/errors";
import { callRoute } from "@/lib/testing/call-route";
import { createChildReport, createReportableUser } from "@/lib/testing/admin-factories";
import { createInstructor, createUser } from "@/lib/testing/factories";
import { addWebSession } from "@/lib/testing/settings-factories";
import { createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { POST as requestRoute } from "@/app/api/v1/auth/otp/request/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/otp/verify/route";
import { actOnChildReport } from "./act-on-child-report";
import { getChildReport, listChildReports } from "./list-child-reports";
import { submitChildReport } from "./submit-child-report";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const anonymous = () => ({ reporterUserId: null, client: testClient({ ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}` }) });

describe("policy S9: under 13", () => {
  it("policy S9: sign-up without the age confirmation is refused through the API, and no account is made", async () => {
    const phone = `+95979${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    const requested = await callRoute(requestRoute, "/api/v1/auth/otp/request", json({ phone }));
    expect(requested.status).toBe(202);
    const [message] = await listDevMessages({ to: phone });
    const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
    for (const ageConfirmed of [undefined, false]) {
      const refused = await callRoute(verifyRoute, "/api/v1/auth/otp/verify", json({ phone, code, challengeId: requested.json.challengeId, ageConfirmed }));
      expect(refused.status).toBe(422);
      expect(refused.json.error.code).toBe("age_confirmation_required");
    }
    expect(await db.user.count({ where: { phone } })).toBe(0);
  });

  it("policy S9: a reported child's account is deactivated and its personal data gone", async () => {
    const operator = await createPlatformAdmin();
    const child = await createReportableUser();
    const bystander = await createReportableUser();
    await addWebSession(child.id);
    const national = `0${child.phone!.slice(3)}`;
    // Anyone can report, signed out, with the phone in its everyday spelling.
    await submitChildReport({ account: national, reason: "This is my 11-year-old daughter's account.", contact: "parent-reply-box" }, anonymous());
    const { open } = await listChildReports(operator.actor);
    const report = open.find((row) => row.subject?.userId === child.id);
    expect(report).toMatchObject({ status: "OPEN", signedInReporter: false, subject: { status: "ACTIVE" } });
    // The operator sees the contact masked, never in full.
    expect(report!.subject!.contact).not.toContain(child.phone!.slice(-8));
    const detail = await getChildReport(operator.actor, report!.id);
    expect(detail).toMatchObject({ reason: "This is my 11-year-old daughter's account.", reporterContact: "parent-reply-box", subjectAgeConfirmed: true });

    const { confirmationCode } = await actOnChildReport(operator.actor, { reportId: report!.id, action: "delete", confirmed: true }, testClient());

    const after = await db.user.findUniqueOrThrow({ where: { id: child.id } });
    expect(after.status).toBe("DELETED");
    expect(after.phone).not.toBe(child.phone);
    expect(after.email).not.toBe(child.email);
    expect(after.name).not.toBe(child.name);
    expect(after.image).toBeNull();
    expect(await db.session.count({ where: { userId: child.id, revokedAt: null } })).toBe(0);
    const actioned = await db.childAccountReport.findUniqueOrThrow({ where: { id: report!.id }, include: { privacyRequest: true } });
    expect(actioned).toMatchObject({ status: "ACTIONED", handledById: operator.user.id, actionedAt: expect.any(Date), reason: "" });
    expect(actioned.privacyRequest).toMatchObject({ kind: "CHILD_REPORT", status: "COMPLETED", confirmationCode, completedAt: expect.any(Date) });
    // Someone else's account is untouched.
    expect(await db.user.findUniqueOrThrow({ where: { id: bystander.id } })).toMatchObject({ status: "ACTIVE", phone: bystander.phone, email: bystander.email });
    expect(await db.activityLog.count({ where: { action: "child_report.actioned", targetId: report!.id, actorUserId: operator.user.id } })).toBe(1);
  });

  it("actions every open report about the account at once; a second decision is a conflict", async () => {
    const operator = await createPlatformAdmin();
    const child = await createReportableUser();
    const reporter = await createUser();
    const first = await createChildReport(child.id);
    const second = await createChildReport(child.id, { reporterUserId: reporter.id });
    await actOnChildReport(operator.actor, { reportId: first.id, action: "delete", confirmed: true }, testClient());
    expect(await db.childAccountReport.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "ACTIONED", privacyRequestId: null, reason: "" });
    expect((await failure(actOnChildReport(operator.actor, { reportId: first.id, action: "dismiss" }, testClient()))).code).toBe("conflict");
    expect((await failure(actOnChildReport(operator.actor, { reportId: second.id, action: "delete", confirmed: true }, testClient()))).code).toBe("conflict");
  });

  it("needs the explicit confirmation to delete; dismissing changes only the report", async () => {
    const operator = await createPlatformAdmin();
    const child = await createReportableUser();
    const report = await createChildReport(child.id);
    expect((await failure(actOnChildReport(operator.actor, { reportId: report.id, action: "delete" }, testClient()))).code).toBe("validation_failed");
    await actOnChildReport(operator.actor, { reportId: report.id, action: "dismiss" }, testClient());
    expect(await db.childAccountReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "DISMISSED", handledById: operator.user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ status: "ACTIVE", phone: child.phone });
    await expect(actOnChildReport(operator.actor, { reportId: "not-a-uuid", action: "dismiss" }, testClient())).rejects.toThrow(ZodError);
  });

  it("accepts a profile link or an email; an unknown account is answered alike and nothing is stored", async () => {
    const instructor = await createInstructor();
    const emailed = await createReportableUser();
    const signedIn = await createUser();
    const before = await db.childAccountReport.count();
    await submitChildReport({ account: `https://mmso.example/instructors/${instructor.id}`, reason: "Looks like a primary-school pupil." }, anonymous());
    await submitChildReport({ account: emailed.email!.toUpperCase(), reason: "My son, 12, made this account." }, { reporterUserId: signedIn.id, client: testClient({ ip: "192.0.2.77" }) });
    await submitChildReport({ account: "nobody-here@example.com", reason: "Probably a child, please check." }, anonymous());
    await submitChildReport({ account: "09790000001", reason: "Probably a child, please check." }, anonymous());
    expect(await db.childAccountReport.count()).toBe(before + 2);
    expect(await db.childAccountReport.findFirst({ where: { reportedUserId: instructor.userId } })).toMatchObject({ status: "OPEN", reporterUserId: null });
    expect(await db.childAccountReport.findFirst({ where: { reportedUserId: emailed.id } })).toMatchObject({ reporterUserId: signedIn.id, reporterContact: null });
  });

  it("refuses bad input and more than five reports an hour from one address", async () => {
    const client = testClient({ ip: "203.0.113.201" });
    await expect(submitChildReport({ account: "", reason: "x" }, { reporterUserId: null, client })).rejects.toThrow();
    expect((await failure(submitChildReport({ account: "hello there", reason: "A child, surely." }, { reporterUserId: null, client }))).code).toBe("validation_failed");
    const target = await createReportableUser();
    const input = { account: target.email!, reason: "A child, surely, please look." };
    for (let i = 0; i < 4; i++) await submitChildReport(input, { reporterUserId: null, client });
    const limited = await failure(submitChildReport(input, { reporterUserId: null, client }));
    expect(limited.code).toBe("rate_limited");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.childAccountReport.count({ where: { reportedUserId: target.id } })).toBe(4);
  });

  it("is for platform admins only: a student and a center owner get not_found and change nothing", async () => {
    const { owner } = await createCenterWithStaff();
    const student = await createUser();
    const child = await createReportableUser();
    const report = await createChildReport(child.id);
    for (const actor of [owner.actor, { ...owner.actor, userId: student.id }, null]) {
      expect((await failure(listChildReports(actor))).code).toBe("not_found");
      expect((await failure(getChildReport(actor, report.id))).code).toBe("not_found");
      expect((await failure(actOnChildReport(actor, { reportId: report.id, action: "delete", confirmed: true }, testClient()))).code).toBe("not_found");
    }
    expect(await db.childAccountReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "OPEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: child.id } })).status).toBe("ACTIVE");
  });
});
