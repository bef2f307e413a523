import { z } from "zod";
import { RETENTION_MAX_DAYS, RETENTION_PERIODS, retentionEnvName, type RetentionEnvName } from "../retention/periods";
import { DEMO_SECRETS, SECRET_NAMES, type SecretName } from "./secrets";

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const secretShape = Object.fromEntries(SECRET_NAMES.map((name) => [name, optionalText])) as Record<
  SecretName,
  typeof optionalText
>;

/** `RETENTION_<NAME>_DAYS`: a whole number of days (ADR 0036); unset = the default in lib/retention/periods.ts. */
const retentionDays = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce.number().int().min(1).max(RETENTION_MAX_DAYS).optional(),
);
const retentionShape = Object.fromEntries(RETENTION_PERIODS.map((p) => [retentionEnvName(p), retentionDays])) as Record<
  RetentionEnvName,
  typeof retentionDays
>;

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A comma-separated list; blanks and empty entries dropped. */
const commaList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

const envSchema = z.object({
  APP_MODE: z.enum(["demo", "production"]).default("demo"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Lowest log level written (lib/log, ADR 0046); unset = "info", or "warn" under NODE_ENV=test. */
  LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS).optional()),
  DATABASE_URL: optionalText,
  /**
   * Read replicas (ADR 0045): comma-separated postgres:// URLs; empty or unset = no replicas, every
   * read goes to DATABASE_URL. Only the reads listed in lib/db-replicas.ts ever go to a replica.
   */
  DATABASE_REPLICA_URLS: commaList.pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, error: "each replica must be a postgres:// or postgresql:// URL" }))),
  APP_URL: z.url().default("http://localhost:3000"),
  TRUSTED_PROXY_CIDRS: commaList,
  /**
   * Graceful shutdown (ADR 0047): after SIGTERM the instance keeps serving this long while readiness
   * answers 503 (set it to the balancer's health-check interval × its failure threshold), then waits at
   * most SHUTDOWN_TIMEOUT_MS for requests in flight.
   */
  SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  FIREBASE_SERVICE_ACCOUNT: optionalText,
  /** Dinger's project and merchant names (not secrets); demo mode uses "MMSO". */
  DINGER_PROJECT_NAME: optionalText,
  DINGER_MERCHANT_NAME: optionalText,
  /** KBZPay's gateway base URL; unset = production (https://api.kbzpay.com/payment/gateway). Set the UAT URL to test. */
  KBZPAY_GATEWAY_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  // OTP delivery (lib/messaging). Demo mode ignores them: every message goes to the development outbox.
  /** Seconds-scale memory cache of public catalog reads; 0 turns it off (the test harness does). */
  PUBLIC_READ_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /**
   * A direct (not pooled) connection string for the public read cache's LISTEN connection (ADR 0043).
   * Set it when DATABASE_URL goes through PgBouncer in transaction mode, which cannot LISTEN;
   * unset, the listener uses DATABASE_URL.
   */
  DATABASE_DIRECT_URL: optionalText,
  /**
   * Demo mode only: sign-in codes one IP address may request per hour (default: the production rule,
   * lib/auth/otp/otp-rules.ts). The e2e suite raises it: all its browsers share 127.0.0.1.
   */
  OTP_DEMO_SENDS_PER_IP_HOUR: z.coerce.number().int().min(1).max(100_000).optional(),
  /** Local-disk file storage (demo and single-machine installs); relative to the project folder. */
  STORAGE_DIR: z.string().trim().min(1).default(".data/uploads"),
  /** Where uploaded files live (ADR 0044): `local` = STORAGE_DIR on this machine; `s3` = one S3-compatible bucket shared by every app instance. */
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  /** The store's endpoint URL (R2, MinIO, Spaces, B2); unset = AWS S3, which then needs S3_REGION. */
  S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** SigV4 signing region; default us-east-1 when S3_ENDPOINT is set (R2 reads it as `auto`; MinIO's and Spaces' default). */
  S3_REGION: optionalText.pipe(z.string().regex(/^[a-z0-9-]+$/, "a region name such as us-east-1 or auto").optional()),
  S3_BUCKET: optionalText.pipe(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "a bucket name (3-63 lower-case letters, digits, dots, hyphens)").optional()),
  S3_ACCESS_KEY_ID: optionalText,
  /** Secret: never logged; error messages name the variable, never its value. */
  S3_SECRET_ACCESS_KEY: optionalText,
  /** `true` for stores on one host without bucket subdomains (MinIO): https://host/bucket/key. */
  S3_FORCE_PATH_STYLE: z
    .string()
    .trim()
    .toLowerCase()
    .default("false")
    .pipe(z.enum(["true", "false", "1", "0", ""]))
    .transform((v) => v === "true" || v === "1"),
  /** Folder inside the bucket for this install's files (`mmso/`); unset = the bucket's root. */
  S3_KEY_PREFIX: optionalText
    .pipe(z.string().regex(/^[a-z0-9_-]+(\/[a-z0-9_-]+)*\/?$/, "folder names of a-z, 0-9, _ and -, separated by /").optional())
    .transform((v) => (v === undefined ? "" : v.endsWith("/") ? v : `${v}/`)),
  SMS_PROVIDER: optionalText.pipe(z.enum(["http"]).optional()),
  SMS_HTTP_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SMS_HTTP_TOKEN: optionalText,
  SMS_SENDER_ID: optionalText,
  EMAIL_FROM: optionalText,
  EMAIL_SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  /** Retention job (ADR 0036): rows per statement, and the pause between statements so API queries get the database. */
  /**
   * When the retention job runs (five-field cron, UTC); unset = daily at 20:30 UTC (03:00 in Myanmar).
   * Runs once per schedule however many workers are up (pg-boss, ADR 0017).
   */
  RETENTION_CRON: optionalText.pipe(
    z
      .string()
      .regex(/^\S+( \S+){4}$/, "a five-field cron expression, e.g. 30 20 * * *")
      .optional(),
  ),
  RETENTION_BATCH_SIZE: z.coerce.number().int().min(100).max(50_000).default(2_000),
  RETENTION_BATCH_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(100),
  ...retentionShape,
  ...secretShape,
});

/**
 * LOG_LEVEL alone, for the logger: logging must work before (and when) the rest of the
 * configuration is refused, so an unknown value falls back here and parseEnv reports it.
 */
export function logLevelFrom(source: Record<string, string | undefined>): LogLevel {
  const parsed = envSchema.shape.LOG_LEVEL.safeParse(source.LOG_LEVEL);
  const level = parsed.success ? parsed.data : undefined;
  return level ?? (source.NODE_ENV === "test" ? "warn" : "info");
}

/** The process's log level (this module and lib/env.ts are the only readers of process.env). */
export const processLogLevel = (): LogLevel => logLevelFrom(process.env);

export type RawEnv = z.infer<typeof envSchema>;
export type Env = Omit<RawEnv, SecretName> & Record<SecretName, string>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * Parses the environment once. Demo mode fills every unset secret with its public demo default;
 * production mode refuses missing or demo secrets, naming each one.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const raw = parsed.data;
  const problems: string[] = [];
  const secrets = {} as Record<SecretName, string>;
  for (const name of SECRET_NAMES) {
    const value = raw[name];
    if (raw.APP_MODE === "production") {
      if (value === undefined) problems.push(`${name} is required in production mode`);
      else if (value === DEMO_SECRETS[name]) problems.push(`${name} still has its public demo value`);
    }
    secrets[name] = value ?? DEMO_SECRETS[name];
  }
  if (raw.APP_MODE === "production") {
    if (raw.AUTH_SECRET !== undefined && raw.AUTH_SECRET.length < 32) {
      problems.push("AUTH_SECRET must be at least 32 characters");
    }
    if (raw.FIREBASE_SERVICE_ACCOUNT === undefined) {
      problems.push("FIREBASE_SERVICE_ACCOUNT is required in production mode");
    } else if (!isJsonObject(raw.FIREBASE_SERVICE_ACCOUNT)) {
      problems.push("FIREBASE_SERVICE_ACCOUNT must be the service account JSON");
    }
  }
  if (raw.APP_MODE === "production") problems.push(...otpDeliveryProblems(raw));
  if (raw.APP_MODE === "production" && raw.OTP_DEMO_SENDS_PER_IP_HOUR !== undefined) {
    problems.push("OTP_DEMO_SENDS_PER_IP_HOUR is for demo mode only; production keeps the per-address limit");
  }
  if (raw.APP_MODE === "production") {
    for (const name of ["DINGER_PROJECT_NAME", "DINGER_MERCHANT_NAME"] as const) if (raw[name] === undefined) problems.push(`${name} is required in production mode`);
  }
  if (raw.APP_MODE === "production" && raw.DATABASE_URL === undefined) {
    problems.push("DATABASE_URL is required in production mode");
  }
  problems.push(...storageProblems(raw));
  if (problems.length > 0) throw new EnvError(problems);
  return { ...raw, ...secrets };
}

/**
 * Production must be able to deliver a sign-in code. Email is always required (SMS is a restricted
 * authenticator, NIST 800-63B-4, so email is always offered); SMS is optional, and complete when
 * SMS_PROVIDER is set.
 */
function otpDeliveryProblems(raw: RawEnv): string[] {
  const problems: string[] = [];
  for (const name of ["EMAIL_SMTP_URL", "EMAIL_FROM"] as const) {
    if (raw[name] === undefined) problems.push(`${name} is required in production mode (sign-in codes by email)`);
  }
  if (raw.SMS_PROVIDER === "http") {
    for (const name of ["SMS_HTTP_URL", "SMS_HTTP_TOKEN", "SMS_SENDER_ID"] as const) {
      if (raw[name] === undefined) problems.push(`${name} is required when SMS_PROVIDER=http`);
    }
    if (raw.SMS_HTTP_URL?.startsWith("http:")) problems.push("SMS_HTTP_URL must use https in production mode");
  }
  return problems;
}

/** STORAGE_DRIVER=s3 needs its bucket and keys in every mode: there is no demo bucket to fall back on. */
function storageProblems(raw: RawEnv): string[] {
  if (raw.STORAGE_DRIVER !== "s3") return [];
  const problems: string[] = [];
  for (const name of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
    if (raw[name] === undefined) problems.push(`${name} is required when STORAGE_DRIVER=s3`);
  }
  // The SDK derives AWS's endpoint from the region, and a bucket answers only in its own region.
  if (raw.S3_ENDPOINT === undefined && raw.S3_REGION === undefined) problems.push("S3_REGION is required when STORAGE_DRIVER=s3 and S3_ENDPOINT is unset (AWS S3)");
  return problems;
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
