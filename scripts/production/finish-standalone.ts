/**
 * After `next build` (package.json "build", and start's build-if-stale): makes .next/standalone a
 * runnable release.
 * - copies what Next leaves out: public/ and .next/static (served by the app itself; a CDN in front
 *   caches them), and prisma/migrations (readiness compares them with the database);
 * - bundles scripts/production/server.ts into .next/standalone/server.mjs with esbuild (`next` external:
 *   it resolves from the bundle's traced node_modules).
 * The result runs with `node .next/standalone/server.mjs` and needs nothing else from the project.
 */
import { cp, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { projectRoot } from "../db/migrations-dir.ts";

const COPIED = [
  ["public", "public"],
  [".next/static", ".next/static"],
  ["prisma/migrations", "prisma/migrations"],
] as const;

export async function finishStandalone(root = projectRoot): Promise<{ serverBytes: number; ms: number }> {
  const started = performance.now();
  const standalone = path.join(root, ".next", "standalone");
  if (!(await stat(path.join(standalone, "server.js")).catch(() => null))) {
    throw new Error('.next/standalone is missing: next.config.ts must keep output: "standalone" and `next build` must run first');
  }
  for (const [from, to] of COPIED) {
    await rm(path.join(standalone, to), { recursive: true, force: true });
    if (await stat(path.join(root, from)).catch(() => null)) await cp(path.join(root, from), path.join(standalone, to), { recursive: true });
  }
  await build({
    entryPoints: [path.join(root, "scripts/production/server.ts")],
    outfile: path.join(standalone, "server.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next", "next/*"],
    // Bundled CommonJS dependencies may call require(): give the ES module one.
    banner: { js: "import { createRequire as __mmsoCreateRequire } from 'node:module'; const require = __mmsoCreateRequire(import.meta.url);" },
    logLevel: "warning",
  });
  const serverBytes = (await stat(path.join(standalone, "server.mjs"))).size;
  return { serverBytes, ms: Math.round(performance.now() - started) };
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(path.resolve(invoked)).href) {
  const { serverBytes, ms } = await finishStandalone();
  process.stdout.write(`standalone release ready in .next/standalone (server.mjs ${(serverBytes / 1024).toFixed(0)} kB, ${ms} ms)\n`);
}
