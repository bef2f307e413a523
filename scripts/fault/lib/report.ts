import { table, writeBenchmarkSection } from "../../bench/lib/benchmarks-doc.ts";
import type { Check } from "./invariants.ts";

/**
 * Prints a fault script's figures and invariants, and writes its section of docs/benchmarks.md
 * (skipped with --no-doc): the figures as a table, then each invariant as held or VIOLATED.
 */
export function report(input: { name: string; title: string; command: string; intro: string; figures: [string, string][]; checks: Check[] }): void {
  process.stdout.write(`\n${input.title}\n`);
  for (const [label, value] of input.figures) process.stdout.write(`  ${label}: ${value}\n`);
  for (const c of input.checks) process.stdout.write(`  ${c.ok ? "held    " : "VIOLATED"} ${c.label}: ${c.figure}\n`);
  const invariants = input.checks.map((c) => `- ${c.ok ? "held" : "**VIOLATED**"}: ${c.label} — ${c.figure}`).join("\n");
  writeBenchmarkSection(input.name, input.title, input.command, `${input.intro}\n\n${table(["figure", "value"], input.figures)}\n\nInvariants:\n\n${invariants}`);
}
