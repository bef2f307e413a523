import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium (never a browser download); flags that work as root with no network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".data/test-results/e2e.json" }]],
  use: { baseURL, trace: "off", launchOptions: chromium },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  // The production build against a fresh embedded database seeded with the demo data.
  webServer: {
    command: `npx tsx scripts/start.ts --port ${port} --data-dir .data/e2e-postgres --db mmso_e2e --fresh`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Every browser of the suite signs in from 127.0.0.1: lift the per-address code limit (demo only).
    // Warnings and errors only: an access line per request would bury the test report.
    env: { APP_MODE: "demo", APP_URL: baseURL, OTP_DEMO_SENDS_PER_IP_HOUR: "1000", LOG_LEVEL: "warn" },
  },
});
