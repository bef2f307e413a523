import { describe, expect, it } from "vitest";
import { EnvError, logLevelFrom, parseEnv } from "./parse-env";
import { RETENTION_DEFAULT_DAYS, resolveRetentionDays } from "../retention/periods";
import { DEMO_SECRETS, SECRET_NAMES } from "./secrets";

const EMAIL = {
  EMAIL_SMTP_URL: "smtps://mmso:pw@smtp.example.com:465",
  EMAIL_FROM: "MMSO <no-reply@example.com>",
  DINGER_PROJECT_NAME: "mmso",
  DINGER_MERCHANT_NAME: "MMSO Learning",
};

/** A complete production configuration (throwaway values) to vary one setting at a time. */
function production(extra: Record<string, string | undefined> = {}) {
  const real = Object.fromEntries(SECRET_NAMES.map((n) => [n, `real-${n}-value-long-enough-0123456789`]));
  return { ...real, APP_MODE: "production", DATABASE_URL: "postgres://db/mmso", FIREBASE_SERVICE_ACCOUNT: '{"project_id":"x"}', ...EMAIL, ...extra };
}

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
    for (const name of [...SECRET_NAMES, "DATABASE_URL", "FIREBASE_SERVICE_ACCOUNT", "EMAIL_SMTP_URL", "EMAIL_FROM"]) expect(message).toContain(name);
  });

  it("lets only demo mode lift the per-address sign-in code limit", () => {
    expect(parseEnv({ OTP_DEMO_SENDS_PER_IP_HOUR: "1000" }).OTP_DEMO_SENDS_PER_IP_HOUR).toBe(1000);
    expect(parseEnv({}).OTP_DEMO_SENDS_PER_IP_HOUR).toBeUndefined();
    expect(() => parseEnv(production({ OTP_DEMO_SENDS_PER_IP_HOUR: "1000" }))).toThrow(/OTP_DEMO_SENDS_PER_IP_HOUR is for demo mode only/);
    expect(() => parseEnv(production())).not.toThrow();
  });

  it("refuses a demo secret in production mode", () => {
    const real = Object.fromEntries(SECRET_NAMES.map((n) => [n, `real-${n}-value-long-enough-0123456789`]));
    const source = {
      ...real,
      APP_MODE: "production",
      DATABASE_URL: "postgres://db/mmso",
      FIREBASE_SERVICE_ACCOUNT: "{\"project_id\":\"x\"}",
      ...EMAIL,
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

  it("parses the read replica list (ADR 0045): none by default, each a postgres URL, never echoed in errors", () => {
    expect(parseEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parseEnv({ DATABASE_REPLICA_URLS: " " }).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parseEnv({ DATABASE_REPLICA_URLS: " postgres://app:pw@replica-1:5432/mmso, postgresql://replica-2/mmso ," }).DATABASE_REPLICA_URLS).toEqual([
      "postgres://app:pw@replica-1:5432/mmso",
      "postgresql://replica-2/mmso",
    ]);
    for (const bad of ["replica-1:5432", "https://replica-1/mmso", "postgres://a/x,mysql://b/y"]) {
      expect(() => parseEnv({ DATABASE_REPLICA_URLS: bad })).toThrow(/DATABASE_REPLICA_URLS\.\d: each replica must be a postgres/);
    }
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "mysql://app:hunter2@b/y" })).toThrow(expect.objectContaining({ message: expect.not.stringContaining("hunter2") }));
    // Replicas are optional in production mode.
    expect(parseEnv(production()).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parseEnv(production({ DATABASE_REPLICA_URLS: "postgres://replica-1/mmso" })).DATABASE_REPLICA_URLS).toEqual(["postgres://replica-1/mmso"]);
  });

  it("rejects an invalid mode or URL with the variable's name", () => {
    expect(() => parseEnv({ APP_MODE: "staging" })).toThrow(/APP_MODE/);
    expect(() => parseEnv({ APP_URL: "not a url" })).toThrow(/APP_URL/);
  });

  it("OTP delivery: production always needs email, and a complete SMS setup when SMS_PROVIDER is set", () => {
    expect(parseEnv(production()).EMAIL_FROM).toBe(EMAIL.EMAIL_FROM);
    expect(() => parseEnv(production({ EMAIL_SMTP_URL: undefined }))).toThrow(/EMAIL_SMTP_URL is required in production mode/);
    expect(() => parseEnv(production({ EMAIL_FROM: "" }))).toThrow(/EMAIL_FROM is required in production mode/);
    // SMS alone is not enough: email must always be offered.
    const smsOnly = { SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.com/send", SMS_HTTP_TOKEN: "tok", SMS_SENDER_ID: "MMSO" };
    expect(() => parseEnv(production({ ...smsOnly, EMAIL_SMTP_URL: undefined, EMAIL_FROM: undefined }))).toThrow(/EMAIL_FROM/);
    expect(parseEnv(production(smsOnly)).SMS_PROVIDER).toBe("http");
    let error: unknown;
    try {
      parseEnv(production({ SMS_PROVIDER: "http", SMS_HTTP_URL: "http://sms.example.com/send" }));
    } catch (e) {
      error = e;
    }
    expect((error as EnvError).problems).toEqual([
      "SMS_HTTP_TOKEN is required when SMS_PROVIDER=http",
      "SMS_SENDER_ID is required when SMS_PROVIDER=http",
      "SMS_HTTP_URL must use https in production mode",
    ]);
  });

  it("OTP delivery: demo mode needs nothing and checks only the formats", () => {
    const demo = parseEnv({ SMS_PROVIDER: "http" });
    expect(demo.SMS_PROVIDER).toBe("http");
    expect(demo.EMAIL_SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMS_PROVIDER: "twilio" })).toThrow(/SMS_PROVIDER/);
    expect(() => parseEnv({ EMAIL_SMTP_URL: "https://mail.example.com" })).toThrow(/EMAIL_SMTP_URL/);
    expect(() => parseEnv({ SMS_HTTP_URL: "ftp://x" })).toThrow(/SMS_HTTP_URL/);
  });
  it("policy S7: retention periods default from lib/retention/periods.ts and take validated RETENTION_<NAME>_DAYS overrides", () => {
    const env = parseEnv({ RETENTION_USAGE_EVENTS_DAYS: "30", RETENTION_MESSENGER_DAYS: " " });
    expect(env.RETENTION_USAGE_EVENTS_DAYS).toBe(30);
    expect(env.RETENTION_MESSENGER_DAYS).toBeUndefined();
    expect(resolveRetentionDays(env)).toEqual({ ...RETENTION_DEFAULT_DAYS, USAGE_EVENTS: 30 });
    for (const bad of ["0", "-5", "1.5", "abc", "3651"]) expect(() => parseEnv({ RETENTION_SESSIONS_DAYS: bad })).toThrow(/RETENTION_SESSIONS_DAYS/);
    expect(parseEnv({}).RETENTION_BATCH_SIZE).toBe(2_000);
    expect(parseEnv({ RETENTION_BATCH_PAUSE_MS: "0" }).RETENTION_BATCH_PAUSE_MS).toBe(0);
    expect(() => parseEnv({ RETENTION_BATCH_SIZE: "10" })).toThrow(/RETENTION_BATCH_SIZE/);
  });
  it("production operations: a movable retention schedule and bounded shutdown timings", () => {
    expect(parseEnv({}).RETENTION_CRON).toBeUndefined();
    expect(parseEnv({ RETENTION_CRON: "0 19 * * *" }).RETENTION_CRON).toBe("0 19 * * *");
    for (const bad of ["daily", "0 19 * *", "0 19 * * * *"]) expect(() => parseEnv({ RETENTION_CRON: bad })).toThrow(/RETENTION_CRON/);
    expect(parseEnv({})).toMatchObject({ SHUTDOWN_DRAIN_DELAY_MS: 0, SHUTDOWN_TIMEOUT_MS: 25_000 });
    expect(parseEnv({ SHUTDOWN_DRAIN_DELAY_MS: "10000" }).SHUTDOWN_DRAIN_DELAY_MS).toBe(10_000);
    expect(() => parseEnv({ SHUTDOWN_TIMEOUT_MS: "-1" })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  it("LOG_LEVEL: one of debug, info, warn, error; unset means info, or warn under tests", () => {
    expect(parseEnv({ LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
    expect(logLevelFrom({})).toBe("info");
    expect(logLevelFrom({ NODE_ENV: "test" })).toBe("warn");
    expect(logLevelFrom({ NODE_ENV: "test", LOG_LEVEL: "error" })).toBe("error");
    // The logger must not fail on a bad value: parseEnv refuses it at start-up instead.
    expect(logLevelFrom({ LOG_LEVEL: "verbose" })).toBe("info");
  });
});
