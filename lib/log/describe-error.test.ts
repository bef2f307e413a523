import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  const error = () => Object.assign(new Error("phone +959420000001 failed"), { code: "P2002" });

  it("keeps the kind, code and frames of an error but not its message", () => {
    const fields = describeError(error());
    expect(fields).toMatchObject({ error: "Error", errorCode: "P2002" });
    expect(JSON.stringify(fields)).not.toContain("+959420000001");
    expect((fields.frames as string[]).length).toBeGreaterThan(0);
  });

  it("omits the message at every level below debug, and keeps it at debug", () => {
    for (const level of ["info", "warn", "error"] as const) expect(describeError(error(), level)).not.toHaveProperty("message");
    expect(describeError(error(), "debug")).toMatchObject({ message: "phone +959420000001 failed" });
  });

  it("names only the type of a thrown non-error", () => {
    expect(describeError("+959420000001")).toEqual({ error: "string" });
  });
});
