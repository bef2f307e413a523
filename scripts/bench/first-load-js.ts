/**
 * First-load JavaScript of public pages, measured from the served HTML (scripts/bench/lib/first-load.ts).
 * Usage: tsx scripts/bench/first-load-js.ts [baseUrl] [path ...]   (default http://localhost:3000 /)
 * Dashboard pages need a signed-in session: npm run bench:dashboard-first-load.
 */
import { describeFirstLoad, measureFirstLoad } from "./lib/first-load.ts";

const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
for (const path of paths.length > 0 ? paths : ["/"]) process.stdout.write(`${describeFirstLoad(await measureFirstLoad(baseUrl, path))}\n`);
