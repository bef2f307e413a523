import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./parse-env";
import { DEMO_SECRETS, SECRET_NAMES } from "./secrets";

describe("parseEnv", () => {
  it("runs with no configuration in demo mode, using the demo secrets", () => {
    const env = parseEnv({});
    expect(env.APP_MODE).toBe("demo");
    expect(env.STRIPE_WEBHOOK_SECRET).toBe(DEMO_SECRETS.STRIPE_WEBHOOK_SECRET);
    expect(env.TRUSTED_PROXY_CIDRS).toEqual([]);
  });

  it("refuses production mode without secrets, naming every missing one", () => {
    let error: unknown;
    try {
      parseEnv({ APP_MODE: "production" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    for (const name of [...SECRET_NAMES, "DATABASE_URL", "FIREBASE_SERVICE_ACCOUNT"]) expect(message).toContain(name);
  });

  it("refuses a demo secret in production mode", () => {
    const real = Object.fromEntries(SECRET_NAMES.map((n) => [n, `real-${n}-value-long-enough-0123456789`]));
    const source = {
      ...real,
      APP_MODE: "production",
      DATABASE_URL: "postgres://db/mmso",
      FIREBASE_SERVICE_ACCOUNT: "{\"project_id\":\"x\"}",
      STRIPE_WEBHOOK_SECRET: DEMO_SECRETS.STRIPE_WEBHOOK_SECRET,
    };
    expect(() => parseEnv(source)).toThrow(/STRIPE_WEBHOOK_SECRET still has its public demo value/);
    expect(parseEnv({ ...source, STRIPE_WEBHOOK_SECRET: "whsec_live_value" }).APP_MODE).toBe("production");
  });

  it("parses the trusted proxy list", () => {
    expect(parseEnv({ TRUSTED_PROXY_CIDRS: " 10.0.0.0/8, 173.245.48.0/20 ," }).TRUSTED_PROXY_CIDRS).toEqual([
      "10.0.0.0/8",
      "173.245.48.0/20",
    ]);
  });

  it("rejects an invalid mode or URL with the variable's name", () => {
    expect(() => parseEnv({ APP_MODE: "staging" })).toThrow(/APP_MODE/);
    expect(() => parseEnv({ APP_URL: "not a url" })).toThrow(/APP_URL/);
  });
});
