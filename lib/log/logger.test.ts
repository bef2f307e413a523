import { describe, expect, it } from "vitest";
import { captureLines } from "@/lib/testing/capture-log";
import { describeError } from "./describe-error";
import { withLogContext } from "./log-context";
import { createLog } from "./logger";
import { REDACT_CENSOR, REDACTED_KEYS } from "./redact";

const PHONE = "+959420000001";
const EMAIL = "aye@example.com";

function logger(level: "debug" | "info" | "warn" | "error" = "debug") {
  const capture = captureLines();
  return { ...capture, log: createLog({ level, destination: capture.destination }) };
}

describe("createLog", () => {
  it("writes one JSON object per line: level label, ISO time, event, fields", () => {
    const { log, lines, text } = logger();
    log.info("orders.created", { orderId: "o1", amount: 5000 });
    log.error("orders.failed", { orderId: "o2" });
    expect(text().split("\n")).toHaveLength(3);
    expect(lines[0]).toEqual({ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), event: "orders.created", orderId: "o1", amount: 5000 });
    expect(lines[1]).toMatchObject({ level: "error", event: "orders.failed" });
  });

  it("drops lines below its level", () => {
    const { log, lines } = logger("warn");
    log.debug("a");
    log.info("b");
    log.warn("c");
    log.error("d");
    expect(lines.map((l) => l.event)).toEqual(["c", "d"]);
  });

  it("adds the enclosing request's or job's ids to every line, nested contexts included", async () => {
    const { log, lines } = logger();
    const deep = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.info("deep.inside");
    };
    await withLogContext({ requestId: "req-12345678", route: "listCourses" }, async () => {
      await deep();
      await withLogContext({ outboxId: "row-1" }, deep);
    });
    log.info("outside");
    expect(lines[0]).toMatchObject({ requestId: "req-12345678", route: "listCourses", event: "deep.inside" });
    expect(lines[1]).toMatchObject({ requestId: "req-12345678", outboxId: "row-1" });
    expect(lines[2]).not.toHaveProperty("requestId");
  });

  it("redacts personal data and secrets at the top level", () => {
    const { log, lines, text } = logger();
    const fields = Object.fromEntries(REDACTED_KEYS.map((key) => [key, `${key}-${PHONE}`]));
    log.warn("leaky", fields);
    for (const key of REDACTED_KEYS) expect(lines[0]![key]).toBe(REDACT_CENSOR);
    expect(text()).not.toContain(PHONE);
  });

  it("redacts them nested in objects and arrays, and leaves the caller's object unchanged", () => {
    const { log, text, lines } = logger();
    const fields = {
      user: { id: "u1", phone: PHONE, contact: { email: EMAIL, login: { otp: "123456", code: "654321" } } },
      deliveries: [{ id: "d1", to: PHONE }, { id: "d2", to: EMAIL }],
      request: { headers: { authorization: "Bearer abc.def", cookie: "session=xyz", "Set-Cookie": "s=1", access_token: "under-score" }, body: { password: "hunter22" } },
      provider: { accessToken: "at-secret", refreshToken: "rt-secret", token: "t-secret", secret: "s-secret" },
    };
    const before = JSON.stringify(fields);
    log.error("leaky.nested", fields);
    for (const value of [PHONE, EMAIL, "123456", "654321", "abc.def", "session=xyz", "s=1", "under-score", "hunter22", "at-secret", "rt-secret", "t-secret", "s-secret"]) {
      expect(text()).not.toContain(value);
    }
    expect(lines[0]).toMatchObject({ user: { id: "u1", phone: REDACT_CENSOR }, deliveries: [{ id: "d1", to: REDACT_CENSOR }, { id: "d2" }] });
    expect(JSON.stringify(fields)).toBe(before);
  });

  it("keeps an error's kind and code but never its message below debug", () => {
    const { log, text } = logger("info");
    const failure = Object.assign(new Error(`no user with phone ${PHONE}`), { code: "P2025" });
    log.error("lookup.failed", describeError(failure, "info"));
    expect(text()).not.toContain(PHONE);
    expect(JSON.parse(text())).toMatchObject({ error: "Error", errorCode: "P2025" });
  });
});

describe("createLog on awkward input", () => {
  it("redacts deep down, survives a cycle, and passes dates through", () => {
    const { log, lines, text } = logger();
    const loop: Record<string, unknown> = { id: "l1" };
    loop.self = loop;
    log.info("awkward", { a: { b: { c: { d: { e: { phone: PHONE } } } } }, loop, at: new Date("2026-01-02T03:04:05Z") });
    expect(text()).not.toContain(PHONE);
    expect(lines[0]).toMatchObject({ a: { b: { c: { d: { e: { phone: REDACT_CENSOR } } } } }, loop: { id: "l1" }, at: "2026-01-02T03:04:05.000Z" });
  });
});
