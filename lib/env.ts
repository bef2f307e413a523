import "server-only";
import { parseEnv, type Env } from "./config/parse-env";

let cached: Env | undefined;

/** The parsed environment; the only place in the app that reads process.env. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isProduction = () => env().APP_MODE === "production";
export const isDemo = () => env().APP_MODE === "demo";
