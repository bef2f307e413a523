import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { loadDingerSandboxCheckout } from "@/lib/commerce/providers/dinger/sandbox-gateway";
import { db } from "@/lib/db";
import { getSandboxZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { joinLiveClass } from "@/lib/live-classes/join-live-class";
import { scheduleLiveClass } from "@/lib/live-classes/schedule-live-class";
import { updateLiveClass } from "@/lib/live-classes/update-live-class";
import { createShop } from "@/lib/testing/commerce-factories";
import { createUser, unique } from "@/lib/testing/factories";
import { createCourseIn, createEnrolledStudent } from "@/lib/testing/live-class-factories";
import { actorFor, createCenterWithStaff } from "@/lib/testing/staff-factories";

/** A buyer whose every identifier is distinctive, so that any leak shows in a JSON search. */
async function distinctiveBuyer() {
  const tag = unique("s3");
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  return createUser({ name: `Daw ${tag}`, email: `${tag}@example.com`, phone: `+959${digits}` });
}

describe("policy S3: each provider receives only what its purpose needs", () => {
  it("Zoom gets the class topic and time, never a student's phone, email or name, and joining calls Zoom not at all", async () => {
    const staffed = await createCenterWithStaff();
    const course = await createCourseIn(staffed.center.id, [staffed.instructorProfile.id]);
    const students = await Promise.all([createEnrolledStudent(course), createEnrolledStudent(course)]);
    const zoom = getSandboxZoomClient();
    const before = zoom.requests.length;
    const access = await getCenterAccess(staffed.admin.actor, staffed.center.id);
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const created = await scheduleLiveClass(access, { courseId: course.id, titleEn: "S3 office hour", startsAt, durationMinutes: 45 });
    await updateLiveClass(access, created.id, { durationMinutes: 60 });
    const sent = zoom.requests.slice(before);
    expect(sent.map((r) => r.operation)).toEqual(["createMeeting", "updateMeeting"]);
    const text = JSON.stringify(sent);
    expect(text).toContain("S3 office hour");
    for (const student of students) for (const personal of [student.phone, student.email, student.name, student.id]) expect(text).not.toContain(personal!);

    // A student joins by the meeting's link: Zoom is not told who (no registrant is created).
    await joinLiveClass(actorFor(students[0]!), created.id, new Date(startsAt.getTime() - 60_000));
    expect(zoom.requests.length).toBe(before + 2);
  });

  it.each(["stripe", "dinger", "kbzpay"] as const)("the %s checkout carries the order reference, amount and currency, and no phone or email", async (provider) => {
    const shop = await createShop({ priceAmount: 27_000 });
    const buyer = await distinctiveBuyer();
    const order = await createOrder({ actor: actorFor(buyer), locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
    const url = new URL(order.checkout.url!);
    if (provider === "dinger") {
      // The sandbox records Dinger's decrypted payload when the buyer opens the hosted page.
      const checkoutId = decodeURIComponent(url.pathname.split("/").pop()!);
      await loadDingerSandboxCheckout({ checkoutId, payload: url.searchParams.get("payload")!, hashValue: url.searchParams.get("hashValue")! });
    }
    const received = await db.sandboxPayment.findFirstOrThrow({ where: { merchantReference: order.reference } });
    expect(received).toMatchObject({ amount: 27_000, currency: "MMK" });
    const text = JSON.stringify(received.request) + url.toString();
    expect(text).toContain(order.reference);
    for (const personal of [buyer.phone!, buyer.phone!.slice(1), buyer.email!, buyer.id]) expect(text).not.toContain(personal);
  });

  it("policy C4: center staff's own details reach neither Zoom nor a payment provider", async () => {
    const staffed = await createCenterWithStaff();
    const course = await createCourseIn(staffed.center.id, [staffed.instructorProfile.id]);
    const zoom = getSandboxZoomClient();
    const before = zoom.requests.length;
    const access = await getCenterAccess(staffed.owner.actor, staffed.center.id);
    await scheduleLiveClass(access, { courseId: course.id, titleEn: "C4 lecture", startsAt: new Date(Date.now() + 86_400_000), durationMinutes: 30 });
    const buyer = await distinctiveBuyer();
    const order = await createOrder({ actor: actorFor(buyer), locale: "my", idempotencyKey: null, courseId: course.id, provider: "kbzpay" });
    const payment = await db.sandboxPayment.findFirstOrThrow({ where: { merchantReference: order.reference } });
    const text = JSON.stringify(zoom.requests.slice(before)) + JSON.stringify(payment.request) + order.checkout.url;
    for (const member of [staffed.owner.user, staffed.admin.user, staffed.instructor.user]) {
      for (const personal of [member.phone, member.email, member.name, member.id]) if (personal) expect(text).not.toContain(personal);
    }
  });
});
