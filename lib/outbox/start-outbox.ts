import "server-only";
import { OUTBOX_HANDLERS } from "./handlers";
import { startOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from "./worker";

/** The outbox worker with the platform's handlers (the registry); used by `npm start` and `npm run worker`. */
export function startOutbox(options: Omit<OutboxWorkerOptions, "handlers"> = {}): OutboxWorker {
  return startOutboxWorker({ ...options, handlers: OUTBOX_HANDLERS });
}
