import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPersonWithEverything, createSharedWorld } from "@/lib/testing/export-factories";
import { createUser } from "@/lib/testing/factories";
import { exportDocumentDto } from "./export-dto";
import { exportUserData } from "./export-user-data";

describe("policy S6: export (exportUserData)", () => {
  it("policy S6: export gives a person with data of every kind all of it, section by section", async () => {
    const world = await createSharedWorld();
    const alice = await createPersonWithEverything(world);
    const { marker } = alice;
    const doc = exportDocumentDto.parse(await exportUserData(alice.user.id));

    expect(doc).toMatchObject({ format: "mmso-export", version: 1, limits: { rowsPerSection: 5000, truncatedSections: [] } });
    expect(doc.user).toMatchObject({ id: alice.user.id, name: `Name ${marker}`, phone: alice.user.phone, email: alice.user.email, locale: "my", status: "ACTIVE" });
    expect(doc.user.ageConfirmedAt).not.toBeNull();
    expect(doc.user.preferences.categories.map((c) => c.id)).toEqual([world.category.id]);
    expect(doc.user.preferences.professions).toMatchObject([{ id: world.profession.id, name: { en: "Nurse", my: "သူနာပြု" } }]);
    expect(doc.sessions.web).toMatchObject([{ deviceType: "desktop", os: "Windows 11", browser: "Firefox", ip: "198.51.100.23", country: "MM" }]);
    expect(doc.deviceTokens).toEqual([expect.objectContaining({ platform: "ANDROID", tokenEnding: alice.pushToken.slice(-6), appVersion: "2.3.4" })]);
    expect(doc.telegram).toMatchObject({ telegramId: alice.telegram.telegramId.toString(), firstName: "Test", courseGroups: [{ course: { id: world.course.id }, status: "APPROVED" }] });
    expect(doc.linkedAccounts).toMatchObject([{ provider: "google", providerAccountId: `g-${marker}` }]);
    expect(doc.centerMemberships).toMatchObject([{ center: { id: world.center.id }, role: "INSTRUCTOR", status: "ACTIVE" }]);
    expect(doc.files).toMatchObject([{ purpose: "USER_PHOTO", mimeType: "image/webp", sizeBytes: 1234 }]);

    expect(doc.orders).toMatchObject([
      {
        reference: alice.order.reference,
        course: { id: world.course.id },
        center: { id: world.center.id },
        status: "PARTIALLY_REFUNDED",
        price: { amount: 25000, currency: "MMK" },
        discount: { amount: 5000, currency: "MMK" },
        total: { amount: 20000, currency: "MMK" },
        refunded: { amount: 1000, currency: "MMK" },
        payments: [{ provider: "KBZPAY", status: "SUCCEEDED", amount: { amount: 20000, currency: "MMK" }, method: "KBZ Pay" }],
      },
    ]);
    expect(doc.refunds).toMatchObject([{ orderReference: alice.order.reference, amount: { amount: 1000, currency: "MMK" }, reason: `Refund ${marker}`, status: "SUCCEEDED" }]);
    expect(doc.enrollments).toMatchObject([{ course: { id: world.course.id }, source: "ORDER", status: "ACTIVE", orderReference: alice.order.reference }]);
    expect(doc.lessonProgress).toMatchObject([{ course: { id: world.course.id }, lesson: { id: world.lessons[0]!.id }, positionSeconds: 42 }]);

    const [open, submitted] = doc.quizAttempts;
    expect(submitted).toMatchObject({ quiz: { id: world.quiz.id }, attemptNumber: 1, status: "SUBMITTED", score: 1, maxScore: 2, scorePercent: 50, passed: false });
    expect(submitted!.answers.map((a) => [a.selectedOptions.map((o) => o.id), a.isCorrect, a.pointsAwarded])).toEqual([
      [[world.pool.questions[0]!.options[0]!.id], true, 1],
      [[world.pool.questions[1]!.options[1]!.id], false, 0],
    ]);
    // An open attempt never tells which answer is right.
    expect(open).toMatchObject({ attemptNumber: 2, status: "IN_PROGRESS", answers: [{ isCorrect: null, pointsAwarded: null }] });

    expect(doc.liveClassParticipation).toMatchObject([{ liveClass: { id: world.liveClass.id, title: { en: "Live" } } }]);
    expect(doc.follows).toMatchObject([{ instructor: { id: world.instructor.id, displayName: { en: "Public Teacher" } } }]);
    expect(doc.notifications).toMatchObject([{ kind: "ORDER_RECEIPT", title: `Receipt ${marker}`, body: `Paid ${marker}`, readAt: null }]);
    expect(doc.notificationPreferences).toMatchObject([{ kind: "COURSE_ANNOUNCEMENT", channel: "TELEGRAM", enabled: false }]);
    expect(doc.notificationDeliveries).toMatchObject([{ kind: "ORDER_RECEIPT", channel: "PUSH", status: "SENT" }]);
    expect(doc.policyAcknowledgements).toMatchObject([{ policy: "STUDENT", version: world.policy.version }]);
    expect(doc.consents).toMatchObject([
      { kind: "AGE_13_OR_OLDER", given: true },
      { kind: "MESSENGER_MARKETING", given: true, withdrawnAt: null },
    ]);
    const requests = Object.fromEntries(doc.supportRequests.map((r) => [r.id, r]));
    expect(requests[alice.support.id]).toMatchObject({
      source: "WEB",
      subject: `Help ${marker}`,
      body: `Question ${marker}`,
      orderReference: alice.order.reference,
      replies: [
        { fromOperator: true, body: `Answer for ${marker}` },
        { fromOperator: false, body: `Thanks ${marker}` },
      ],
    });
    expect(requests[alice.handover.id]).toMatchObject({ source: "MESSENGER", body: `Handover ${marker}` });
    expect(doc.messengerConversations).toMatchObject([
      {
        psid: alice.conversation.psid,
        marketingConsent: true,
        messages: [
          { direction: "IN", text: "hello" },
          { direction: "OUT", text: `Bot reply ${marker}` },
        ],
        events: [{ type: "READ" }],
      },
    ]);
    expect(doc.usageEvents).toMatchObject([{ name: "search", screen: "home", props: { q: `term ${marker}` }, country: "MM" }]);
    expect(doc.activity).toMatchObject([{ action: "course.update", targetType: "Course", ip: "198.51.100.99" }]);
    expect(doc.privacyRequests).toMatchObject([{ kind: "DELETION", status: "REJECTED" }]);
  });

  it("policy S6: export never carries another person's data, secrets or tokens (two people sharing a course, center and operator)", async () => {
    const world = await createSharedWorld();
    const alice = await createPersonWithEverything(world);
    const bob = await createPersonWithEverything(world);
    const [forAlice, forBob] = await Promise.all([exportUserData(alice.user.id), exportUserData(bob.user.id)]);
    const bobText = JSON.stringify(exportDocumentDto.parse(forBob));
    const aliceText = JSON.stringify(exportDocumentDto.parse(forAlice));

    expect(forBob.user.id).toBe(bob.user.id);
    expect(bobText).toContain(bob.marker);
    for (const trace of [alice.marker, alice.user.id, alice.user.phone!, alice.conversation.psid, alice.telegram.telegramId.toString(), alice.order.id, alice.support.id]) {
      expect(bobText).not.toContain(trace);
    }
    for (const text of [aliceText, bobText]) {
      // Secrets stored beside the user's rows: session, push and OAuth tokens, checkout handles, Zoom.
      expect(text).not.toContain("SECRET-");
      // The operator who answered, refunded or wrote on Messenger is another person.
      expect(text).not.toContain(world.operator.id);
      expect(text).not.toContain("OPERATOR-PRIVATE-NAME");
      expect(text).not.toContain("OPERATOR-NOTE");
    }
  });

  it("policy S6: export is recorded as a completed EXPORT privacy request each time", async () => {
    const user = await createUser();
    const now = new Date("2026-11-25T20:00:00Z");
    const first = await exportUserData(user.id, now);
    expect(first.generatedAt).toBe(now.toISOString());
    expect(first.privacyRequests).toEqual([]);
    const second = await exportUserData(user.id);
    // The first export is on file (and listed in the next one).
    expect(second.privacyRequests).toMatchObject([{ kind: "EXPORT", status: "COMPLETED", completedAt: now.toISOString() }]);
    const rows = await db.privacyRequest.findMany({ where: { subjectUserId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.status, r.completedAt !== null])).toEqual([
      ["EXPORT", "COMPLETED", true],
      ["EXPORT", "COMPLETED", true],
    ]);
  });

  it("policy S6: export of an empty account has every section, empty, and none for a closed account", async () => {
    const user = await createUser({ email: null });
    const doc = await exportUserData(user.id);
    expect(doc).toMatchObject({ telegram: null, instructorProfile: null, orders: [], quizAttempts: [], messengerConversations: [], consents: [{ kind: "AGE_13_OR_OLDER", given: true }] });
    expect(Object.keys(exportDocumentDto.shape).filter((key) => !(key in doc))).toEqual([]);

    const closed = await createUser({ status: "DEACTIVATED" });
    await expect(exportUserData(closed.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.privacyRequest.count({ where: { subjectUserId: closed.id } })).toBe(0);
  });
});
