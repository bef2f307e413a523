// Deliberately not `server-only`: tests only. A destination that keeps what a logger writes.
import type { DestinationStream } from "pino";

export function captureLines(): { destination: DestinationStream; lines: Array<Record<string, unknown>>; text: () => string } {
  const raw: string[] = [];
  const lines: Array<Record<string, unknown>> = [];
  return {
    destination: {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
    lines,
    text: () => raw.join(""),
  };
}
