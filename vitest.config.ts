import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const excluded = ["node_modules/**", ".next/**", ".data/**", "e2e/**", "lib/generated/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next enforces server-only in its bundler; in tests every module runs on the server anyway.
      "server-only": path.join(root, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...excluded, "**/*.integration.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: excluded,
          globalSetup: ["lib/testing/integration/global-setup.ts"],
          setupFiles: ["lib/testing/integration/fresh-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
