import { beforeAll, describe, expect, it } from "vitest";
import { productionEnv } from "@/lib/testing/production-env";

// The environment is parsed once per process: set production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv(), { DATABASE_URL: "postgres://unused/mmso", SMS_PROVIDER: "" });
});

describe("getZoomClient in production mode", () => {
  it("is the live client, never the sandbox, and one instance (one token cache) per process", async () => {
    const { getZoomClient } = await import("./get-zoom-client");
    const { SandboxZoomClient } = await import("./sandbox-zoom-client");
    expect(getZoomClient()).not.toBeInstanceOf(SandboxZoomClient);
    expect(getZoomClient()).toBe(getZoomClient());
  });
});
