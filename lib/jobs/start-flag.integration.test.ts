import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SECRET_NAMES } from "@/lib/config/secrets";

// scripts/start.ts parses its flags strictly (an unknown one stops it): `--no-jobs` must be known.
// Production mode without secrets stops right after parsing, before touching any database.
describe("npm start --no-jobs", () => {
  it("is a known flag", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: "production", DATABASE_URL: "" };
    for (const name of SECRET_NAMES) delete env[name];
    const known = spawnSync("npx", ["tsx", "scripts/start.ts", "--no-jobs", "--port", "0"], { env, encoding: "utf8", timeout: 60_000 });
    expect(known.stderr).not.toContain("Unknown option");
    expect(known.stderr).toContain("DATABASE_URL is required in production mode");
    expect(known.status).toBe(1);
    const unknown = spawnSync("npx", ["tsx", "scripts/start.ts", "--no-jobz", "--port", "0"], { env, encoding: "utf8", timeout: 60_000 });
    expect(unknown.stderr).toContain("Unknown option '--no-jobz'");
  });
});
