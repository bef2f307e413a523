import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { signedWidgetData } from "@/lib/testing/telegram-factories";
import { ownedByStudentA, signedIn, type MatrixEntry } from "./authorization-matrix-kit";

// A 1×1 PNG: the smallest photo the upload pipeline accepts.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"));

/** /api/v1/me/*: every signed-in caller acts on their own data; student A's rows must never move for anyone else. */
export const meMatrix: Record<string, MatrixEntry> = {
  "GET /api/v1/me": { request: () => ({ url: "/api/v1/me" }), expect: signedIn("ok") },
  "PATCH /api/v1/me": {
    request: () => ({ url: "/api/v1/me", body: { name: `Renamed ${randomBytes(3).toString("hex")}` } }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.user.findUniqueOrThrow({ where: { id: fx.users.studentA.id }, select: { name: true } }), changedBy: ["studentA"] },
  },
  "DELETE /api/v1/me": {
    request: () => ({ url: "/api/v1/me", body: { confirm: true } }),
    expect: signedIn("ok"),
    why: "Each caller deletes their own account; it runs last because it ends the actors.",
    guard: { read: (fx) => db.user.findUniqueOrThrow({ where: { id: fx.users.studentA.id }, select: { name: true, phone: true, deletedAt: true } }), changedBy: ["studentA"] },
    last: true,
  },
  "PUT /api/v1/me/photo": {
    request: () => ({ url: "/api/v1/me/photo", rawBody: PNG, headers: { "content-type": "image/png" } }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.user.findUniqueOrThrow({ where: { id: fx.users.studentA.id }, select: { image: true } }), changedBy: ["studentA"] },
  },
  "DELETE /api/v1/me/photo": {
    request: () => ({ url: "/api/v1/me/photo" }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.user.findUniqueOrThrow({ where: { id: fx.users.studentA.id }, select: { image: true } }), changedBy: ["studentA"] },
  },
  "GET /api/v1/me/export": { request: () => ({ url: "/api/v1/me/export" }), expect: signedIn("ok") },
  "GET /api/v1/me/courses": { request: () => ({ url: "/api/v1/me/courses" }), expect: signedIn("ok") },
  "GET /api/v1/me/orders": { request: () => ({ url: "/api/v1/me/orders" }), expect: signedIn("ok") },
  "GET /api/v1/me/following": { request: () => ({ url: "/api/v1/me/following" }), expect: signedIn("ok") },
  "GET /api/v1/me/live-classes": { request: () => ({ url: "/api/v1/me/live-classes" }), expect: signedIn("ok") },
  "POST /api/v1/me/telegram": {
    // A Telegram account of one's own for each caller (one account links to one user).
    request: () => ({ url: "/api/v1/me/telegram", body: signedWidgetData({ id: randomInt(1e9, 2e9) }) }),
    expect: signedIn("ok"),
  },
  "DELETE /api/v1/me/telegram": { request: () => ({ url: "/api/v1/me/telegram" }), expect: signedIn("ok") },
  "GET /api/v1/me/notifications": { request: () => ({ url: "/api/v1/me/notifications" }), expect: signedIn("ok") },
  "POST /api/v1/me/notifications/[id]/read": {
    request: (fx) => ({ url: `/api/v1/me/notifications/${fx.notification.id}/read`, params: { id: fx.notification.id } }),
    expect: ownedByStudentA(),
    guard: { read: (fx) => db.notification.findUniqueOrThrow({ where: { id: fx.notification.id }, select: { readAt: true } }), changedBy: ["studentA"] },
  },
  "POST /api/v1/me/notifications/read-all": {
    request: () => ({ url: "/api/v1/me/notifications/read-all" }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.notification.findMany({ where: { userId: fx.users.studentA.id }, select: { id: true, readAt: true } }), changedBy: ["studentA"] },
  },
  "GET /api/v1/me/notification-preferences": { request: () => ({ url: "/api/v1/me/notification-preferences" }), expect: signedIn("ok") },
  "PUT /api/v1/me/notification-preferences": {
    request: () => ({ url: "/api/v1/me/notification-preferences", body: { preferences: [{ kind: "COURSE_ANNOUNCEMENT", channel: "EMAIL", enabled: false }] } }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.notificationPreference.findMany({ where: { userId: fx.users.studentA.id }, select: { kind: true, channel: true, enabled: true } }), changedBy: ["studentA"] },
  },
  "POST /api/v1/me/devices": {
    request: () => ({ url: "/api/v1/me/devices", body: { token: `fcm-${randomBytes(16).toString("hex")}`, platform: "android" } }),
    expect: signedIn("ok"),
    why: "A token names an app install: one registered before moves to whoever registers it last (register-device.ts).",
    guard: { read: (fx) => db.deviceToken.findMany({ where: { userId: fx.users.studentA.id }, select: { token: true } }), changedBy: ["studentA"] },
  },
  "DELETE /api/v1/me/devices/[token]": {
    // Student A's token: anyone else must not be able to unregister it.
    request: (fx) => ({ url: `/api/v1/me/devices/${fx.device.token}`, params: { token: fx.device.token } }),
    expect: ownedByStudentA(),
    guard: { read: (fx) => db.deviceToken.findUnique({ where: { token: fx.device.token }, select: { userId: true } }), changedBy: ["studentA"] },
  },
};
