/**
 * Lighthouse 12 (Node API) in Debian's Chromium: default mobile settings (Moto G Power emulation,
 * simulated slow 4G and 4× CPU throttling), performance category only. One Chrome serves every run;
 * Lighthouse opens a fresh tab and resets the origin's storage for each.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/** From /work/shared/docs/environment.md: what works as root with no network. */
export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export type LighthouseRun = { score: number; lcpMs: number; cls: number; tbtMs: number; fcpMs: number; siMs: number; lcpElement: string; renderBlocking: string[]; benchmarkIndex: number };

export type LighthouseSession = { run(url: string, headers: Record<string, string>): Promise<LighthouseRun>; close(): Promise<void> };

type Audit = { numericValue?: number; details?: { items?: unknown[] } };

function lcpElement(audit: Audit | undefined): string {
  // details.items[0] is a table whose first row holds the node (LH 12 "largest-contentful-paint-element").
  const table = audit?.details?.items?.[0] as { items?: { node?: { snippet?: string; nodeLabel?: string } }[] } | undefined;
  const node = table?.items?.[0]?.node;
  return (node?.snippet ?? node?.nodeLabel ?? "").slice(0, 120);
}

/** `saveDir` keeps every run's full report (JSON, for the Lighthouse viewer) to see what a figure is made of. */
export async function openLighthouse(chromePath: string, saveDir?: string): Promise<LighthouseSession> {
  let saved = 0;
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  return {
    async run(url, headers) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: headers, maxWaitForLoad: 90_000 });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse ${lhr.runtimeError.code} on ${url}: ${lhr.runtimeError.message}`);
      if (saveDir) writeFileSync(path.join(saveDir, `${String(++saved).padStart(2, "0")}-${new URL(url).pathname.replace(/\W+/g, "_")}.json`), JSON.stringify(lhr));
      const audits = lhr.audits as Record<string, Audit>;
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const blocking = (audits["render-blocking-resources"]?.details?.items ?? []) as { url?: string; wastedMs?: number }[];
      return {
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: value("largest-contentful-paint"),
        cls: value("cumulative-layout-shift"),
        tbtMs: value("total-blocking-time"),
        fcpMs: value("first-contentful-paint"),
        siMs: value("speed-index"),
        lcpElement: lcpElement(audits["largest-contentful-paint-element"]),
        // Lighthouse's CPU benchmark of this machine during the run: simulated throttling scales the
        // observed main-thread work, so a busy machine (low index) inflates TBT and LCP.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        renderBlocking: blocking.map((b) => `${new URL(b.url ?? "", url).pathname} (${Math.round(b.wastedMs ?? 0)} ms)`),
      };
    },
    async close() {
      chrome.kill();
    },
  };
}

/** The median run by performance score (ties broken by LCP), reported with its own metrics. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => a.score - b.score || b.lcpMs - a.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("no Lighthouse runs");
  return median;
}
