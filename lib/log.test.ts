import { describe, expect, it } from "vitest";
import { describeError } from "./log";

describe("describeError", () => {
  it("keeps the kind, code and frames of an error but not its message", () => {
    const error = Object.assign(new Error("phone +959420000001 failed"), { code: "P2002" });
    const fields = describeError(error);
    expect(fields).toMatchObject({ error: "Error", code: "P2002" });
    expect(JSON.stringify(fields)).not.toContain("+959420000001");
    expect((fields.frames as string[]).length).toBeGreaterThan(0);
  });
});
