import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEMO_SECRETS, SECRET_NAMES } from "../lib/config/secrets.ts";

describe("npm start in production mode", () => {
  it("refuses to start without real secrets and names each one", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: "production", DATABASE_URL: "", STRIPE_WEBHOOK_SECRET: DEMO_SECRETS.STRIPE_WEBHOOK_SECRET };
    for (const name of SECRET_NAMES) if (name !== "STRIPE_WEBHOOK_SECRET") delete env[name];
    const result = spawnSync("npx", ["tsx", "scripts/start.ts", "--port", "0"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    for (const name of SECRET_NAMES) expect(result.stderr).toContain(name);
    expect(result.stderr).toContain("STRIPE_WEBHOOK_SECRET still has its public demo value");
    expect(result.stderr).toContain("DATABASE_URL is required in production mode");
  });
});
