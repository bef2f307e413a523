import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createNotifiedPerson } from "@/lib/testing/notify-factories";
import { DELIVER_KIND, notifyUsers, type NotifyInput } from "./notify-users";

const input = (recipients: string[], keyPrefix: string): NotifyInput => ({
  kind: "REFUND_UPDATE",
  recipients,
  render: (locale) => (locale === "en" ? { title: "Refund sent", body: "Money back" } : { title: "ငွေပြန်အမ်းပြီး", body: "ငွေပြန်ရပြီ" }),
  data: { orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012" },
  keyPrefix,
});

const notify = (recipients: string[], keyPrefix: string) => db.$transaction((tx) => notifyUsers(tx, input(recipients, keyPrefix)));
const deliveriesOf = (userIds: string[]) =>
  db.notificationDelivery.findMany({ where: { userId: { in: userIds } }, select: { userId: true, channel: true, status: true, errorCode: true, notificationId: true } });

describe("notifyUsers: the generic fan-out", () => {
  it("writes per person and channel what their preferences allow: inbox row in their language, outbox rows, SKIPPED reasons", async () => {
    const burmese = await createNotifiedPerson({ locale: "MY", device: true, telegram: true, email: true });
    const english = await createNotifiedPerson({ locale: "EN" });
    const noInbox = await createNotifiedPerson({ locale: "EN", device: true, preferences: { REFUND_UPDATE: { IN_APP: false } } });
    const inactive = await createNotifiedPerson();
    await db.user.update({ where: { id: inactive.id }, data: { status: "DEACTIVATED" } });
    const key = `test:${burmese.id}`;

    expect(await notify([burmese.id, english.id, noInbox.id, inactive.id, burmese.id], key)).toBe(3);

    const inbox = await db.notification.findMany({ where: { userId: { in: [burmese.id, english.id, noInbox.id, inactive.id] } } });
    expect(inbox.map((n) => [n.userId, n.kind, n.title, n.body]).sort()).toEqual(
      [
        [burmese.id, "REFUND_UPDATE", "ငွေပြန်အမ်းပြီး", "ငွေပြန်ရပြီ"],
        [english.id, "REFUND_UPDATE", "Refund sent", "Money back"],
      ].sort(),
    );
    expect(inbox[0]?.data).toEqual({ orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012", eventKey: key });

    const outbox = await db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: `${key}:` } } });
    expect(outbox.map((o) => [o.kind, o.idempotencyKey]).sort()).toEqual(
      [
        [DELIVER_KIND, `${key}:PUSH:${burmese.id}`],
        [DELIVER_KIND, `${key}:EMAIL:${burmese.id}`],
        [DELIVER_KIND, `${key}:PUSH:${noInbox.id}`],
      ].sort(),
    );
    const burmeseInbox = inbox.find((n) => n.userId === burmese.id);
    // Telegram is off by default for refunds even when linked; the inbox row's id is the deep link.
    expect(outbox.find((o) => o.idempotencyKey === `${key}:PUSH:${burmese.id}`)?.payload).toEqual({ notificationKind: "REFUND_UPDATE", channel: "PUSH", userId: burmese.id, notificationId: burmeseInbox?.id });
    // No inbox row to load the text from: the payload carries it, in the reader's language.
    expect(outbox.find((o) => o.idempotencyKey === `${key}:PUSH:${noInbox.id}`)?.payload).toEqual({
      notificationKind: "REFUND_UPDATE",
      channel: "PUSH",
      userId: noInbox.id,
      notificationId: null,
      title: "Refund sent",
      body: "Money back",
      data: { orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012" },
    });

    const deliveries = await deliveriesOf([burmese.id, english.id, noInbox.id, inactive.id]);
    expect(deliveries.map((d) => [d.userId, d.channel, d.status, d.errorCode]).sort()).toEqual(
      [
        [burmese.id, "IN_APP", "SENT", null],
        [burmese.id, "TELEGRAM", "SKIPPED", "preference_off"],
        [english.id, "IN_APP", "SENT", null],
        [english.id, "PUSH", "SKIPPED", "no_device"],
        [english.id, "TELEGRAM", "SKIPPED", "no_telegram_link"],
        [english.id, "EMAIL", "SKIPPED", "no_email"],
        [noInbox.id, "IN_APP", "SKIPPED", "preference_off"],
        [noInbox.id, "TELEGRAM", "SKIPPED", "no_telegram_link"],
        [noInbox.id, "EMAIL", "SKIPPED", "no_email"],
      ].sort(),
    );
    expect(deliveries.filter((d) => d.userId === burmese.id).every((d) => d.notificationId === burmeseInbox?.id)).toBe(true);
  });

  it("writes nothing twice for the same key, but a new key notifies again", async () => {
    const person = await createNotifiedPerson({ device: true });
    const other = await createNotifiedPerson({ preferences: { REFUND_UPDATE: { IN_APP: false } }, device: true });
    const key = `again:${person.id}`;
    expect(await notify([person.id, other.id], key)).toBe(2);
    const counts = async () => ({
      inbox: await db.notification.count({ where: { userId: { in: [person.id, other.id] } } }),
      deliveries: await db.notificationDelivery.count({ where: { userId: { in: [person.id, other.id] } } }),
      outbox: await db.outboxMessage.count({ where: { kind: DELIVER_KIND, payload: { path: ["userId"], equals: person.id } } }),
    });
    const first = await counts();
    expect(first).toEqual({ inbox: 1, deliveries: 6, outbox: 1 });

    expect(await notify([person.id, other.id], key)).toBe(0);
    expect(await counts()).toEqual(first);

    expect(await notify([person.id], `${key}:next`)).toBe(1);
    expect((await counts()).inbox).toBe(2);
  });

  it("writes nothing when nobody is active", async () => {
    const gone = await createNotifiedPerson();
    await db.user.update({ where: { id: gone.id }, data: { status: "DELETED" } });
    expect(await notify([gone.id], `gone:${gone.id}`)).toBe(0);
    expect(await notify([], "nobody")).toBe(0);
    expect(await db.notificationDelivery.count({ where: { userId: gone.id } })).toBe(0);
  });
});
