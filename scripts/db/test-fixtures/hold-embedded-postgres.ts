// Test fixture: starts the embedded cluster in argv[2] on port argv[3], says "ready", and waits to
// be killed — standing in for an `npm start` that crashes and leaves its PostgreSQL behind.
import { startEmbeddedPostgres } from "../embedded-postgres.ts";

await startEmbeddedPostgres({ dataDir: process.argv[2]!, port: Number(process.argv[3]), persistent: true });
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
