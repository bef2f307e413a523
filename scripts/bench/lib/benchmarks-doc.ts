/**
 * docs/benchmarks.md is written by the benchmark and fault scripts, never by hand: each script
 * replaces its own section (between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`) and the
 * machine description at the top, and leaves the other sections as the last run left them.
 * `--no-doc` on any script skips the write (a trial run on a busy machine).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const docPath = path.join(process.cwd(), "docs", "benchmarks.md");

const intro = `# Benchmarks and fault suites

Every figure below is written by the script named in its section, on the machine described here;
run the script again to refresh its section (\`--no-doc\` prints without writing). Targets come from
issue 9; each row says whether it was met on this machine.
`;

/** The machine, as a script sees it: CPU, cores, memory, OS, Node, and the date of the run. */
export function describeMachine(): string {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    osName = /PRETTY_NAME="([^"]+)"/.exec(release)?.[1] ?? osName;
  } catch {
    // not Linux
  }
  const load = os.loadavg().map((n) => n.toFixed(2)).join(" / ");
  return [
    `- CPU: ${cpus[0]?.model.trim() ?? "unknown"} × ${cpus.length} cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${osName}, kernel ${os.release()}`,
    `- Node ${process.version}; load average at the end of the last run ${load}`,
  ].join("\n");
}

function gitRevision(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The sections of the current document in their order, by name (the machine block excluded). */
function readSections(doc: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of doc.matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) {
    if (match[1] !== "machine") sections.set(match[1] as string, match[2] as string);
  }
  return sections;
}

const block = (name: string, body: string) => `<!-- bench:${name} -->\n${body.trim()}\n<!-- /bench:${name} -->`;

/**
 * Replaces one script's section of docs/benchmarks.md (a new one goes at the end). `title` is the
 * section heading, `command` the exact command that produced it, `markdown` the figures (tables,
 * a met/missed list).
 */
export function writeBenchmarkSection(name: string, title: string, command: string, markdown: string): void {
  if (process.argv.includes("--no-doc")) return;
  const sections = readSections(existsSync(docPath) ? readFileSync(docPath, "utf8") : "");
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  sections.set(name, `## ${title}\n\n\`${command}\` — run ${stamp} at ${gitRevision()}\n\n${markdown.trim()}`);
  const parts = [intro, block("machine", `## Machine\n\n${describeMachine()}`), ...[...sections].map(([n, body]) => block(n, body))];
  writeFileSync(docPath, `${parts.join("\n\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`);
  process.stdout.write(`docs/benchmarks.md: section "${name}" written\n`);
}

/** "met" or "MISSED" with the figure and the target, for the met/missed lists. */
export function verdict(label: string, ok: boolean, figure: string, target: string): string {
  return `- ${ok ? "met" : "**MISSED**"}: ${label} — ${figure} (target ${target})`;
}

/** A markdown table from a header row and rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
