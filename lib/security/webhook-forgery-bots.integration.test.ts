import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertForgeriesRefused, headerList, post, type Forgery } from "@/lib/testing/forgery/assert-refused";
import { effectSnapshot } from "@/lib/testing/forgery/effects";
import { BASE64URL, contentType, HEX, hugeBody, junkBody, otherSecret, outsideTolerance, tamperedBody, tamperedHex, tamperedValue } from "@/lib/testing/forgery/mutations";
import { createCenter } from "@/lib/testing/factories";
import { createCourseIn, createLiveClass } from "@/lib/testing/live-class-factories";
import { asMetaJson, createConversation, hubSignature, newMid, newPsid, textMessage, webhookBody } from "@/lib/testing/messenger-factories";
import { nextUpdateId, privateMessageUpdate } from "@/lib/testing/telegram-factories";
import { POST as dataDeletionWebhook } from "@/app/api/webhooks/messenger/data-deletion/route";
import { POST as messengerWebhook } from "@/app/api/webhooks/messenger/route";
import { POST as telegramWebhook } from "@/app/api/webhooks/telegram/route";
import { POST as zoomWebhook } from "@/app/api/webhooks/zoom/route";

/*
 * Security-critical: forgery fuzzing of the non-payment webhooks (issue 9, item 4): Zoom, Telegram,
 * Messenger and Meta's data-deletion callback. Same method as webhook-forgery-payments: a genuine
 * signed delivery with a real effect, hundreds of forgeries of it (fixed seed) that must each be
 * refused with the documented 4xx while the database stays as it was, then the genuine delivery
 * works once and its replays (also in equivalent encodings of the same MAC) add nothing.
 */

const SEED = 20261125;
const RUNS_PER_FAMILY = 25;
const LIMIT = 64 * 1024;

function expectKinds(kinds: Map<string, number>, expected: string[]) {
  for (const kind of expected) expect([...kinds.keys()], `kind never generated: ${kind}`).toContain(kind);
}

describe("Zoom webhook forgeries", () => {
  it("refuses every forgery of a signed meeting.started with 401 (413 when huge), changes nothing, then starts the class once", async () => {
    const course = await createCourseIn((await createCenter()).id);
    const liveClass = await createLiveClass(course);
    const secret = env().ZOOM_WEBHOOK_SECRET_TOKEN;
    const now = Math.floor(Date.now() / 1000);
    const event = (name: string, meetingId: string) =>
      JSON.stringify({ event: name, event_ts: now * 1000, payload: { account_id: "acc", object: { id: Number(meetingId), uuid: `uuid-${meetingId}==`, topic: "Café Live ဗမာ", start_time: new Date().toISOString() } } });
    const body = event("meeting.started", liveClass.zoomMeetingId!);
    const hmac = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
      createHmac("sha256", options.secret ?? secret).update(`v0:${options.timestamp ?? now}:${payload}`).digest("hex");
    const genuine = hmac(body);
    const delivery = (kind: string, payload: string | Uint8Array, headers: Record<string, string | null>, extra: Array<[string, string]> = [], type: string | null = "application/json"): Forgery => ({
      kind,
      body: payload,
      headers: [...headerList({ "content-type": type, ...headers }), ...extra],
    });
    const signedWith = (kind: string, payload: string | Uint8Array, signature: string, timestamp: number | string = now, type: string | null = "application/json") =>
      delivery(kind, payload, { "x-zm-signature": signature, "x-zm-request-timestamp": String(timestamp) }, [], type);

    const validation = JSON.stringify({ event: "endpoint.url_validation", payload: { plainToken: "qgg8vlvZRS6UYooatFL8Aw" }, event_ts: now * 1000 });
    const forgeries = [
      fc.tuple(tamperedBody(body), contentType).map(([b, type]) => signedWith(b.kind, b.value, `v0=${genuine}`, now, type)),
      tamperedHex(genuine).map((s) => signedWith(s.kind, body, `v0=${s.value}`)),
      fc.constantFrom("v1=", "V0=", "sha256=", "", "v0:", "v0= ").map((scheme) => signedWith("wrong scheme", body, `${scheme}${genuine}`)),
      fc.stringMatching(/^[0-9]{11}$/).filter((id) => id !== liveClass.zoomMeetingId).map((id) => signedWith("signature of a different body", body, `v0=${hmac(event("meeting.started", id))}`)),
      fc.constant(signedWith("signature of a different body", body, `v0=${hmac(event("meeting.ended", liveClass.zoomMeetingId!))}`)),
      otherSecret(secret).map((wrong) => signedWith("signed with another secret", body, `v0=${hmac(body, { secret: wrong })}`)),
      outsideTolerance(300).map((t) => signedWith(t.kind, body, `v0=${hmac(body, { timestamp: t.value })}`, t.value)),
      fc.integer({ min: 1, max: 299 }).map((shift) => signedWith("timestamp changed after signing", body, `v0=${genuine}`, now - shift)),
      fc.constantFrom(`${now}.0`, `${now} 1`, `+${now}`, `${now}000`, "1e9", "", "NaN").map((t) => signedWith("timestamp malformed", body, `v0=${genuine}`, t)),
      fc.constantFrom<[string, Record<string, string | null>]>(
        ["signature header missing", { "x-zm-signature": null, "x-zm-request-timestamp": String(now) }],
        ["timestamp header missing", { "x-zm-signature": `v0=${genuine}`, "x-zm-request-timestamp": null }],
        ["both headers missing", {}],
        ["signature header empty", { "x-zm-signature": "", "x-zm-request-timestamp": String(now) }],
      ).map(([kind, headers]) => delivery(kind, body, headers)),
      otherSecret(secret).map((wrong) =>
        delivery("signature header duplicated (forged copies)", body, { "x-zm-request-timestamp": String(now) }, [["x-zm-signature", `v0=${hmac(body, { secret: wrong })}`], ["x-zm-signature", `v0=${"0".repeat(64)}`]]),
      ),
      fc.constant(delivery("timestamp header duplicated", body, { "x-zm-signature": `v0=${genuine}` }, [["x-zm-request-timestamp", String(now)], ["x-zm-request-timestamp", String(now)]])),
      otherSecret(secret).map((wrong) => signedWith("url_validation signed with another secret", validation, `v0=${hmac(validation, { secret: wrong })}`)),
      junkBody.map((b) => signedWith(b.kind, b.value, `v0=${genuine}`)),
      hugeBody(LIMIT).map((b) => signedWith(b.kind, b.value, `v0=${hmac(b.value)}`)),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Zoom",
      handler: zoomWebhook,
      path: "/api/webhooks/zoom",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [401]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["body: one bit flipped", "body: Unicode normalised", "signature: upper-cased hex", "wrong scheme", "timestamp: stale", "timestamp: future", "signed with another secret", "signature header missing", "url_validation signed with another secret", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);
    expect((await db.liveClass.findUniqueOrThrow({ where: { id: liveClass.id } })).status).toBe("SCHEDULED");

    const fresh = Math.floor(Date.now() / 1000);
    const first = await post(zoomWebhook, "/api/webhooks/zoom", signedWith("genuine", body, `v0=${hmac(body, { timestamp: fresh })}`, fresh));
    expect([first.status, first.json]).toEqual([200, { status: "processed", outcome: "started" }]);
    expect((await db.liveClass.findUniqueOrThrow({ where: { id: liveClass.id } })).status).toBe("LIVE");
    const started = await effectSnapshot();
    for (const timestamp of [fresh, fresh + 3]) {
      const replay = await post(zoomWebhook, "/api/webhooks/zoom", signedWith("replay", body, `v0=${hmac(body, { timestamp })}`, timestamp));
      expect([replay.status, replay.json]).toEqual([200, { status: "duplicate" }]);
    }
    expect(await effectSnapshot()).toEqual(started);
  }, 60_000);
});

describe("Telegram webhook forgeries", () => {
  it("refuses every update without the exact secret token with 401 (413 when huge), changes nothing, then answers /start once", async () => {
    const secret = env().TELEGRAM_WEBHOOK_SECRET;
    const update = privateMessageUpdate(900_000_000 + (nextUpdateId() % 1_000_000), "/start");
    const body = JSON.stringify(update);
    const delivery = (kind: string, payload: string | Uint8Array, tokens: string[], type: string | null = "application/json"): Forgery => ({
      kind,
      body: payload,
      headers: [...headerList({ "content-type": type }), ...tokens.map((t): [string, string] => ["x-telegram-bot-api-secret-token", t])],
    });
    // Telegram signs no body: the secret token alone authenticates, so forgeries are about the token;
    // any body under a wrong token must be refused before it is read as JSON.
    const anyBody = fc.oneof(fc.constant({ kind: "genuine body", value: body as string | Uint8Array }), tamperedBody(body), junkBody);
    // Fetch trims header values, so a token padded with spaces is the token itself: not a forgery.
    const wrongToken = fc.oneof(tamperedValue(secret, "abcdefghijklmnopqrstuvwxyz-_0123456789", "token"), otherSecret(secret).map((value) => ({ kind: "another secret", value })))
      // Only values a header can carry (printable ASCII); Fetch trims spaces, so a padded real token is no forgery.
      .filter((t) => /^[\x20-\x7e]*$/.test(t.value) && t.value.trim() !== secret);

    const forgeries = [
      fc.tuple(wrongToken, anyBody, contentType).map(([t, b, type]) => delivery(t.kind, b.value, [t.value], type)),
      fc.constant(delivery("token upper-cased", body, [secret.toUpperCase()])),
      fc.constant(delivery("token header missing", body, [])),
      fc.constant(delivery("token header empty", body, [""])),
      fc.constant(delivery("token header duplicated", body, [secret, secret])),
      fc.tuple(wrongToken, wrongToken).map(([a, b]) => delivery("token header duplicated (forged copies)", body, [a.value, b.value])),
      fc.constantFrom<[string, string]>(["authorization", `Bearer ${secret}`], ["x-telegram-bot-api-secret", secret], ["x-secret-token", secret]).map(([name, value]) => ({
        kind: "token under another header",
        body,
        headers: [["content-type", "application/json"], [name, value]] as Array<[string, string]>,
      })),
      hugeBody(LIMIT).map((b) => delivery(b.kind, b.value, [secret])),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Telegram",
      handler: telegramWebhook,
      path: "/api/webhooks/telegram",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [401]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["token: character flipped", "token: truncated", "token: extended", "another secret", "token header missing", "token header duplicated", "token under another header", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);

    const first = await post(telegramWebhook, "/api/webhooks/telegram", delivery("genuine", body, [secret]));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ method: "sendMessage", chat_id: update.message.chat.id });
    const answered = await effectSnapshot();
    expect(answered.providerEvents).toBe(before.providerEvents + 1);
    const replay = await post(telegramWebhook, "/api/webhooks/telegram", delivery("replay", body, [secret]));
    expect([replay.status, replay.json]).toEqual([200, { status: "duplicate" }]);
    expect(await effectSnapshot()).toEqual(answered);
  }, 60_000);
});

describe("Messenger webhook forgeries", () => {
  it("refuses every forgery of a signed message with 401 (413 over 1 MiB), changes nothing, then stores it once", async () => {
    const secret = env().MESSENGER_APP_SECRET;
    const psid = newPsid();
    const body = asMetaJson(webhookBody(psid, [textMessage("Café မင်္ဂလာပါ 😀", newMid())]));
    const genuine = hubSignature(body).slice("sha256=".length);
    const delivery = (kind: string, payload: string | Uint8Array, signatures: string[], type: string | null = "application/json"): Forgery => ({
      kind,
      body: payload,
      headers: [...headerList({ "content-type": type }), ...signatures.map((s): [string, string] => ["x-hub-signature-256", s])],
    });
    const other = (text: string) => asMetaJson(webhookBody(psid, [textMessage(text, newMid())]));

    const forgeries = [
      fc.tuple(tamperedBody(body), contentType).map(([b, type]) => delivery(b.kind, b.value, [`sha256=${genuine}`], type)),
      tamperedValue(genuine, HEX).map((s) => delivery(s.kind, body, [`sha256=${s.value}`])),
      fc.constantFrom("sha1=", "sha512=", "sha256:", "", "sha256= ", "v1=").map((scheme) => delivery("wrong scheme", body, [`${scheme}${genuine}`])),
      fc.constant(delivery("HMAC-SHA1 as X-Hub-Signature", body, [`sha1=${createHmac("sha1", secret).update(body).digest("hex")}`])),
      fc.string({ minLength: 1, maxLength: 40 }).map((text) => delivery("signature of a different body", body, [hubSignature(other(text))])),
      otherSecret(secret).map((wrong) => delivery("signed with another secret", body, [hubSignature(body, wrong)])),
      fc.constant(delivery("signature of the re-serialised JSON over the bytes sent", body, [hubSignature(JSON.stringify(JSON.parse(body)))])),
      fc.constant(delivery("signature header missing", body, [])),
      fc.constant(delivery("signature header empty", body, [""])),
      fc.constant(delivery("signature header duplicated", body, [`sha256=${genuine}`, `sha256=${genuine}`])),
      otherSecret(secret).map((wrong) => delivery("signature header duplicated (forged copies)", body, [hubSignature(body, wrong), hubSignature(other("x"))])),
      junkBody.map((b) => delivery(b.kind, b.value, [`sha256=${genuine}`])),
      hugeBody(1024 * 1024).map((b) => delivery(b.kind, b.value, [hubSignature(b.value)])),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Messenger",
      handler: messengerWebhook,
      path: "/api/webhooks/messenger",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [401]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["body: one bit flipped", "body: JSON re-serialised", "body: Unicode normalised", "signature: character flipped", "wrong scheme", "signed with another secret", "signature header missing", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);
    expect(await db.messengerConversation.count({ where: { psid } })).toBe(0);

    const first = await post(messengerWebhook, "/api/webhooks/messenger", delivery("genuine", body, [`sha256=${genuine}`]));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: "processed", stored: 1 });
    const stored = await effectSnapshot();
    expect(stored.messengerMessages).toBeGreaterThan(before.messengerMessages);
    // Meta redelivers; the same MAC in upper-case hex or an upper-case scheme is the same message.
    for (const signature of [`sha256=${genuine}`, `sha256=${genuine.toUpperCase()}`, `SHA256=${genuine}`]) {
      const replay = await post(messengerWebhook, "/api/webhooks/messenger", delivery("replay", body, [signature]));
      expect(replay.status).toBe(200);
      expect(replay.json).toMatchObject({ status: "processed", stored: 0, duplicate: 1 });
    }
    expect(await effectSnapshot()).toEqual(stored);
  }, 60_000);
});

describe("Messenger data-deletion forgeries", () => {
  it("refuses every forged signed_request with 401 (400 without one, 413 when huge), deletes nothing, then deletes once", async () => {
    const secret = env().MESSENGER_APP_SECRET;
    const conversation = await createConversation();
    const sign = (payload: string, key = secret, algorithm: "sha256" | "sha1" = "sha256") => createHmac(algorithm, key).update(payload).digest("base64url");
    const segment = (claims: Record<string, unknown>) => Buffer.from(JSON.stringify(claims)).toString("base64url");
    const claims = { algorithm: "HMAC-SHA256", issued_at: Math.floor(Date.now() / 1000), user_id: conversation.psid };
    const payload = segment(claims);
    const sig = sign(payload);
    const sigBytes = Buffer.from(sig, "base64url");
    const form = (kind: string, fields: Array<[string, string]>, type: string | null = "application/x-www-form-urlencoded"): Forgery => ({
      kind,
      body: new URLSearchParams(fields).toString(),
      headers: headerList({ "content-type": type }),
    });
    const signed = (kind: string, value: string) => form(kind, [["signed_request", value]]);

    const forgeries = [
      // A different MAC: bytes that decode differently (a non-canonical spelling of the same bytes is the same request).
      tamperedValue(sig, BASE64URL)
        .filter((v) => !Buffer.from(v.value, "base64url").equals(sigBytes))
        .map((v) => signed(v.kind, `${v.value}.${payload}`)),
      tamperedValue(payload, BASE64URL, "payload").map((v) => signed(v.kind, `${sig}.${v.value}`)),
      fc.stringMatching(/^[0-9]{6,20}$/).filter((id) => id !== conversation.psid).map((id) => signed("signature of a different payload", `${sig}.${segment({ ...claims, user_id: id })}`)),
      otherSecret(secret).map((wrong) => signed("signed with another secret", `${sign(payload, wrong)}.${payload}`)),
      fc.constant(signed("HMAC-SHA1 signature", `${sign(segment({ ...claims, algorithm: "HMAC-SHA1" }), secret, "sha1")}.${segment({ ...claims, algorithm: "HMAC-SHA1" })}`)),
      fc.constant(signed("signature of the decoded payload", `${createHmac("sha256", secret).update(JSON.stringify(claims)).digest("base64url")}.${payload}`)),
      fc.constant(signed("hex instead of base64url", `${createHmac("sha256", secret).update(payload).digest("hex")}.${payload}`)),
      fc.constantFrom(`${sig}.${payload}.${sig}`, `${sig}${payload}`, `.${payload}`, `${sig}.`, ".", "", "  ").map((value) => signed("malformed signed_request", value)),
      fc.constant(form("signed_request duplicated (forged first)", [["signed_request", `${sign(payload, "other")}.${payload}`], ["signed_request", `${sig}.${payload}`]])),
      fc.constant(form("signed_request under another name", [["signedRequest", `${sig}.${payload}`]])),
      fc.constant({ kind: "signed_request as JSON", body: JSON.stringify({ signed_request: `${sig}.${payload}` }), headers: headerList({ "content-type": "application/json" }) }),
      fc.tuple(junkBody, contentType).map(([b, type]) => ({ kind: b.kind, body: b.value, headers: headerList({ "content-type": type }) })),
      hugeBody(LIMIT).map((b) => ({ kind: b.kind, body: `signed_request=${sig}.${payload}&pad=${b.value}`, headers: headerList({ "content-type": "application/x-www-form-urlencoded" }) })),
    ];
    const missing = new Set(["signed_request under another name", "signed_request as JSON", "body: empty", "body: not JSON", "body: other JSON"]);

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Messenger data deletion",
      handler: dataDeletionWebhook,
      path: "/api/webhooks/messenger/data-deletion",
      forgeries,
      refusedWith: (f) => {
        if (f.kind === "body: over the size limit") return [413];
        if (missing.has(f.kind)) return [400, 401];
        if (f.kind === "malformed signed_request") return [400, 401];
        return [401];
      },
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["signature: character flipped", "payload: character flipped", "signature of a different payload", "signed with another secret", "HMAC-SHA1 signature", "malformed signed_request", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);
    expect(await db.messengerConversation.count({ where: { id: conversation.id } })).toBe(1);

    const first = await post(dataDeletionWebhook, "/api/webhooks/messenger/data-deletion", signed("genuine", `${sig}.${payload}`));
    expect(first.status).toBe(200);
    expect(await db.messengerConversation.count({ where: { id: conversation.id } })).toBe(0);
    const deleted = await effectSnapshot();
    expect(deleted.privacyRequests).toBe(before.privacyRequests + 1);
    // Meta may call again; a replay, also with a non-canonical spelling of the same MAC, answers the same code and records nothing.
    const lastChar = sig.at(-1)!;
    const sameBytes = [...BASE64URL].map((c) => sig.slice(0, -1) + c).find((s) => s !== sig && Buffer.from(s, "base64url").equals(sigBytes));
    for (const value of [`${sig}.${payload}`, ...(sameBytes ? [`${sameBytes}.${payload}`] : []), ` ${sig}.${payload} `]) {
      const replay = await post(dataDeletionWebhook, "/api/webhooks/messenger/data-deletion", signed("replay", value));
      expect([replay.status, replay.json], `replay ending in ${value.trim().split(".")[0]!.at(-1)} (genuine ${lastChar})`).toEqual([200, first.json]);
    }
    expect(sameBytes, "a 32-byte MAC in base64url has a non-canonical last character").toBeDefined();
    expect(await effectSnapshot()).toEqual(deleted);
  }, 60_000);
});
