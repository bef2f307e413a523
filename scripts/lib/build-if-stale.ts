import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { finishStandalone } from "../production/finish-standalone.ts";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

async function newestMtime(entry: string): Promise<number> {
  if (!existsSync(entry)) return 0;
  const info = await stat(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of await readdir(entry)) newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  return newest;
}

/** Runs `next build` (and completes the standalone release, ADR 0047) when there is no build yet or a source file is newer than it. */
export async function buildIfStale(dir: string, env: NodeJS.ProcessEnv): Promise<"built" | "fresh"> {
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (existsSync(buildId)) {
    const builtAt = statSync(buildId).mtimeMs;
    const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(dir, s))))));
    if (newest <= builtAt) {
      // The server bundle also follows scripts/: refreshed alone (half a second), without a Next build.
      const server = path.join(dir, ".next", "standalone", "server.mjs");
      const serverAt = existsSync(server) ? statSync(server).mtimeMs : 0;
      const scripts = Math.max(...(await Promise.all(["scripts/production", "scripts/lib", "lib"].map((s) => newestMtime(path.join(dir, s))))));
      if (serverAt < Math.max(builtAt, scripts)) await finishStandalone(dir);
      return "fresh";
    }
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], {
      cwd: dir,
      env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
  await finishStandalone(dir);
  return "built";
}
