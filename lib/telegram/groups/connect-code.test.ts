import { describe, expect, it } from "vitest";
import { createConnectCode, parseConnectCommand, verifyConnectCode } from "./connect-code";

const target = { courseId: "0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b", centerId: "0193a5b2-0000-7000-8000-00000000abcd" };
const now = new Date("2026-11-25T06:10:00Z");

describe("telegram group connect codes", () => {
  it("round-trips the course and center, and stays the same within the hour", () => {
    const { code, expiresAt } = createConnectCode(target, now);
    expect(code).toMatch(/^[A-Za-z0-9_-]{70}$/);
    expect(verifyConnectCode(code, now)).toEqual(target);
    expect(createConnectCode(target, new Date("2026-11-25T06:59:59Z")).code).toBe(code);
    expect(expiresAt.toISOString()).toBe("2026-11-26T07:00:00.000Z");
  });

  it("expires after 24 to 25 hours", () => {
    const { code, expiresAt } = createConnectCode(target, now);
    expect(verifyConnectCode(code, new Date(now.getTime() + 24 * 3600_000))).toEqual(target);
    expect(verifyConnectCode(code, expiresAt)).toBeNull();
    expect(verifyConnectCode(code, new Date(expiresAt.getTime() + 1))).toBeNull();
  });

  it("refuses a tampered code: another course, a later expiry, a flipped MAC bit, junk", () => {
    const { code } = createConnectCode(target, now);
    const raw = Buffer.from(code, "base64url");
    const tamper = (index: number) => {
      const copy = Buffer.from(raw);
      copy[index] = copy[index]! ^ 0x01;
      return copy.toString("base64url");
    };
    expect(verifyConnectCode(tamper(0), now)).toBeNull(); // course id
    expect(verifyConnectCode(tamper(20), now)).toBeNull(); // center id
    expect(verifyConnectCode(tamper(32), now)).toBeNull(); // expiry
    expect(verifyConnectCode(tamper(raw.length - 1), now)).toBeNull(); // MAC
    // The other center's code for the same course does not verify as this center's.
    const other = createConnectCode({ ...target, centerId: "0193a5b2-0000-7000-8000-00000000ffff" }, now).code;
    expect(verifyConnectCode(other, now)).toEqual({ ...target, centerId: "0193a5b2-0000-7000-8000-00000000ffff" });
    expect(other).not.toBe(code);
    for (const junk of ["", "abc", `${code}A`, code.slice(1), code.replace(/./, "+"), "x".repeat(70)]) expect(verifyConnectCode(junk, now)).toBeNull();
  });

  it("parses the command as Telegram sends it in groups", () => {
    expect(parseConnectCommand("/connect abc_DEF-1")).toBe("abc_DEF-1");
    expect(parseConnectCommand("/connect@mmso_bot   abc ")).toBe("abc");
    expect(parseConnectCommand("/connect")).toBe("");
    expect(parseConnectCommand("/connect a b")).toBeNull();
    expect(parseConnectCommand("/start abc")).toBeNull();
    expect(parseConnectCommand("/connectx abc")).toBeNull();
  });
});
