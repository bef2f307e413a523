/** The figures of `npm run bench:web` as a table and a met/missed list (targets from issue 9). */
import { table, verdict } from "../lib/benchmarks-doc.ts";
import type { LighthouseRun } from "./lighthouse-runs.ts";

export const TARGETS = { score: 97, lcpMs: 1800, cls: 0.05, publicJsKb: 160, dashboardJsKb: 250 };

export type PageFigures = { name: string; path: string; dashboard: boolean; runs: LighthouseRun[]; median: LighthouseRun; jsKbGzip: number; jsFiles: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function jsBudget(page: { dashboard: boolean }): number {
  return page.dashboard ? TARGETS.dashboardJsKb : TARGETS.publicJsKb;
}

export function figuresTable(pages: PageFigures[]): string {
  return table(
    ["page", "path", "perf (median)", "runs", "LCP", "CLS", "TBT", "FCP", "SI", "benchmarkIndex", "first-load JS (gzip)"],
    pages.map((p) => [
      p.name,
      `\`${p.path}\``,
      p.median.score,
      p.runs.map((r) => r.score).join(" / "),
      seconds(p.median.lcpMs),
      p.median.cls.toFixed(3),
      `${Math.round(p.median.tbtMs)} ms`,
      seconds(p.median.fcpMs),
      seconds(p.median.siMs),
      p.median.benchmarkIndex,
      `${p.jsKbGzip.toFixed(1)} kB (${p.jsFiles} files)`,
    ]),
  );
}

export function verdicts(pages: PageFigures[]): { lines: string[]; missed: number } {
  const lines: string[] = [];
  for (const p of pages) {
    const budget = jsBudget(p);
    lines.push(
      verdict(`${p.name} performance`, p.median.score >= TARGETS.score, String(p.median.score), `≥ ${TARGETS.score}`),
      verdict(`${p.name} LCP`, p.median.lcpMs <= TARGETS.lcpMs, seconds(p.median.lcpMs), `≤ ${seconds(TARGETS.lcpMs)}`),
      verdict(`${p.name} CLS`, p.median.cls <= TARGETS.cls, p.median.cls.toFixed(3), `≤ ${TARGETS.cls}`),
      verdict(`${p.name} first-load JS`, p.jsKbGzip <= budget, `${p.jsKbGzip.toFixed(1)} kB gzip`, `≤ ${budget} kB`),
    );
  }
  return { lines, missed: lines.filter((l) => l.includes("MISSED")).length };
}
