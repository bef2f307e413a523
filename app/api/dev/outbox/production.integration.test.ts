import { beforeAll, describe, expect, it } from "vitest";
import { productionEnv } from "@/lib/testing/production-env";

// The environment is parsed once per process; this file sets production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv());
});

describe("the development outbox in production mode", () => {
  it("does not exist: the API answers 404 and nothing can be recorded", async () => {
    const { GET } = await import("./route");
    const { recordDevMessage } = await import("@/lib/dev-outbox/dev-outbox");
    const res = await GET(new Request("http://localhost/api/dev/outbox"));
    expect(res.status).toBe(404);
    await expect(recordDevMessage({ channel: "SMS", to: "+959420000001", body: "code" })).rejects.toThrow(/production/);
  });
});
