import { markDraining, runShutdownHooks } from "../../lib/lifecycle/lifecycle.ts";
import type { ServedApp } from "./serve-next.ts";

export type ShutdownPlan = {
  app?: ServedApp;
  /** Background work of this process (jobs, outbox): stopped side by side with the HTTP drain. */
  background?: { stop(): Promise<void> }[];
  /** Keep serving this long after readiness turns 503, so a polling balancer stops sending first. */
  drainDelayMs: number;
  /** Longest wait for requests in flight. */
  drainTimeoutMs: number;
  say: (event: string, fields?: Record<string, unknown>) => void;
};

/**
 * SIGTERM, in order (ADR 0047): readiness answers 503 at once; after `drainDelayMs` the listener
 * closes (a balancer retries refused connections on another instance) and requests in flight finish;
 * jobs finish or are released for another worker; then pools and listeners close (lifecycle hooks).
 */
export async function gracefulShutdown(plan: ShutdownPlan): Promise<void> {
  markDraining();
  const started = performance.now();
  plan.say("shutdown.draining", { delayMs: plan.drainDelayMs, inFlight: plan.app?.inFlight() ?? 0 });
  if (plan.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.drainDelayMs));
  const [drained] = await Promise.all([
    plan.app?.drain(plan.drainTimeoutMs) ?? Promise.resolve({ unfinished: 0 }),
    ...(plan.background ?? []).map((b) => b.stop().catch(() => undefined)),
  ]);
  const hooks = await runShutdownHooks();
  plan.say("shutdown.done", {
    ms: Math.round(performance.now() - started),
    unfinishedRequests: drained?.unfinished ?? 0,
    hooks: Object.fromEntries(hooks.map((h) => [h.name, h.ok])),
  });
}
