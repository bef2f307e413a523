import "server-only";
import type { Socket } from "node:net";
import pg from "pg";
import { describeError, log } from "@/lib/log";

export type InvalidationListener = {
  /** Connects (once; later calls do nothing) and keeps reconnecting until stop(). */
  start(): void;
  /** Closes the connection and cancels any reconnect: call on graceful shutdown. */
  stop(): Promise<void>;
  /** Whether LISTEN is in effect right now: only then can notifications be relied on. */
  connected(): boolean;
  /** The PostgreSQL backend pid of the LISTEN connection while connected (tests terminate it). */
  backendPid(): number | null;
};

type Options = {
  connectionString: string;
  /** A plain SQL identifier (it is written into LISTEN as is). */
  channel: string;
  onMessage: (payload: string) => void;
  /** Called after every (re)connect: notifications sent while disconnected are lost. */
  onConnect: () => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
};

/**
 * One dedicated connection that LISTENs on a channel (a plain pg Client: a pooled Prisma
 * connection cannot hold a LISTEN, and neither can PgBouncer in transaction mode). After an error
 * or a closed connection it reconnects with exponential backoff (jittered, capped). Its socket
 * and timers are unref'd: the listener never keeps a test process or a stopping server alive.
 */
export function createInvalidationListener(options: Options): InvalidationListener {
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  if (!/^[a-z_][a-z0-9_]*$/.test(options.channel)) throw new Error(`invalid channel name: ${options.channel}`);
  let client: pg.Client | undefined;
  let listening = false;
  let started = false;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    const delay = Math.min(maxBackoff, minBackoff * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
  };

  const lost = (current: pg.Client, error?: unknown) => {
    if (client !== current) return; // an old connection's late event
    client = undefined;
    if (listening) log.warn("cache.invalidation_listener_lost", error ? describeError(error) : {});
    listening = false;
    current.end().catch(() => undefined);
    scheduleReconnect();
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    const current = new pg.Client({
      connectionString: options.connectionString,
      application_name: "mmso-cache-invalidation",
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client = current;
    current.on("error", (error) => lost(current, error));
    current.on("end", () => lost(current));
    current.on("notification", (message) => {
      if (message.channel === options.channel) options.onMessage(message.payload ?? "");
    });
    try {
      await current.connect();
      (current as unknown as { connection?: { stream?: Socket } }).connection?.stream?.unref?.();
      await current.query(`LISTEN ${options.channel}`);
      if (client !== current || stopped) {
        await current.end().catch(() => undefined);
        return;
      }
      listening = true;
      failures = 0;
      options.onConnect();
    } catch (error) {
      if (failures === 0) log.warn("cache.invalidation_listener_failed", describeError(error));
      lost(current, error);
    }
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      void connect();
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      const current = client;
      client = undefined;
      listening = false;
      await current?.end().catch(() => undefined);
    },
    connected: () => listening,
    backendPid: () => (listening ? ((client as unknown as { processID?: number } | undefined)?.processID ?? null) : null),
  };
}
