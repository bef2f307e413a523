import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dataCheckString, verifyLoginWidget, verifyMiniAppInitData } from "./login-widget";

const TOKEN = "123456:demo-telegram-bot-token";
const AUTH_DATE = 1_795_000_000; // 2026-11-18T11:06:40Z
const now = new Date((AUTH_DATE + 60) * 1000);

/** The widget's signature, computed here independently of the code under test. */
function sign(fields: Record<string, string>, token = TOKEN): string {
  const dcs = Object.keys(fields).sort().map((k) => `${k}=${fields[k]}`).join("\n");
  return createHmac("sha256", createHash("sha256").update(token).digest()).update(dcs).digest("hex");
}

const base = { id: "777000111", first_name: "Aung", username: "aung_dev", auth_date: String(AUTH_DATE) };

describe("Telegram Login Widget verification", () => {
  it("matches a fixed vector (computed with Python's hmac)", () => {
    expect(dataCheckString({ ...base, hash: "x" })).toBe("auth_date=1795000000\nfirst_name=Aung\nid=777000111\nusername=aung_dev");
    const hash = "abd3a72b4798ebcf390bed1c9b80a9beecd9d880fa2d01e6a273ac5ba2637261";
    expect(sign(base)).toBe(hash);
    const result = verifyLoginWidget({ ...base, hash }, { botToken: TOKEN, now });
    expect(result).toEqual({
      ok: true,
      identity: { id: 777000111, firstName: "Aung", lastName: null, username: "aung_dev", photoUrl: null, authDate: new Date(AUTH_DATE * 1000) },
    });
  });

  it("accepts every documented field, Burmese names included", () => {
    const fields = { ...base, first_name: "အောင်", last_name: "ကျော်", photo_url: "https://t.me/i/userpic/320/aung.jpg" };
    const result = verifyLoginWidget({ ...fields, hash: sign(fields) }, { botToken: TOKEN, now });
    expect(result.ok && result.identity).toMatchObject({ firstName: "အောင်", lastName: "ကျော်", photoUrl: fields.photo_url });
  });

  it("rejects a tampered field, a wrong token, an unknown or missing field, and a malformed hash", () => {
    const hash = sign(base);
    expect(verifyLoginWidget({ ...base, id: "777000112", hash }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyLoginWidget({ ...base, username: "mallory", hash }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyLoginWidget({ ...base, hash: sign(base, "654321:other-token") }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyLoginWidget({ ...base, hash: hash.toUpperCase() }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyLoginWidget({ ...base, hash: hash.slice(0, 62) }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    const extra = { ...base, is_admin: "true" };
    expect(verifyLoginWidget({ ...extra, hash: sign(extra) }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "unknown_field" });
    const noId: Record<string, string> = { ...base };
    delete noId.id;
    expect(verifyLoginWidget({ ...noId, hash: sign(noId) }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "missing_field" });
    expect(verifyLoginWidget(base, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "missing_field" });
  });

  it("rejects a login older than a day and one from the future beyond the skew", () => {
    const hash = sign(base);
    const dayLater = new Date((AUTH_DATE + 24 * 3600) * 1000);
    expect(verifyLoginWidget({ ...base, hash }, { botToken: TOKEN, now: dayLater }).ok).toBe(true);
    const tooLate = new Date((AUTH_DATE + 24 * 3600 + 1) * 1000);
    expect(verifyLoginWidget({ ...base, hash }, { botToken: TOKEN, now: tooLate })).toEqual({ ok: false, reason: "stale" });
    const early = new Date((AUTH_DATE - 4 * 60) * 1000);
    expect(verifyLoginWidget({ ...base, hash }, { botToken: TOKEN, now: early }).ok).toBe(true);
    const tooEarly = new Date((AUTH_DATE - 6 * 60) * 1000);
    expect(verifyLoginWidget({ ...base, hash }, { botToken: TOKEN, now: tooEarly })).toEqual({ ok: false, reason: "from_future" });
  });

  it("rejects a correctly signed but non-numeric id", () => {
    const fields = { ...base, id: "12abc" };
    expect(verifyLoginWidget({ ...fields, hash: sign(fields) }, { botToken: TOKEN, now })).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("Telegram Mini App initData verification", () => {
  const user = '{"id":777000111,"first_name":"Aung","username":"aung_dev"}';
  const query = (hash: string, extra = "") =>
    `query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=${encodeURIComponent(user)}&auth_date=${AUTH_DATE}${extra}&hash=${hash}`;

  it("matches a fixed vector (secret = HMAC('WebAppData', token))", () => {
    const hash = "e6ce4a9e6acf6b273e6d2b7ba9b25efc5df5d6b1c52b60941e3e94bacd3db177";
    const secret = createHmac("sha256", "WebAppData").update(TOKEN).digest();
    const dcs = `auth_date=${AUTH_DATE}\nquery_id=AAHdF6IQAAAAAN0XohDhrOrc\nuser=${user}`;
    expect(createHmac("sha256", secret).update(dcs).digest("hex")).toBe(hash);
    const result = verifyMiniAppInitData(query(hash), { botToken: TOKEN, now });
    expect(result.ok && result.user).toEqual({ id: 777000111, firstName: "Aung", username: "aung_dev" });
  });

  it("rejects the Login Widget's key, a tampered user, a stale date and a repeated field", () => {
    const good = "e6ce4a9e6acf6b273e6d2b7ba9b25efc5df5d6b1c52b60941e3e94bacd3db177";
    expect(verifyMiniAppInitData(query(good).replace("777000111", "777000112"), { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyMiniAppInitData(query(good), { botToken: "654321:other", now })).toEqual({ ok: false, reason: "bad_hash" });
    const widgetStyle = sign({ auth_date: String(AUTH_DATE), query_id: "AAHdF6IQAAAAAN0XohDhrOrc", user });
    expect(verifyMiniAppInitData(query(widgetStyle), { botToken: TOKEN, now })).toEqual({ ok: false, reason: "bad_hash" });
    expect(verifyMiniAppInitData(query(good), { botToken: TOKEN, now: new Date((AUTH_DATE + 2 * 86400) * 1000) })).toEqual({ ok: false, reason: "stale" });
    expect(verifyMiniAppInitData(query(good, `&auth_date=${AUTH_DATE}`), { botToken: TOKEN, now })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMiniAppInitData("auth_date=1&hash=00", { botToken: TOKEN, now })).toEqual({ ok: false, reason: "missing_field" });
  });
});
