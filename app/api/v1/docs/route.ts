import { getTranslations } from "next-intl/server";
import { createNonce } from "@/lib/security/content-security-policy";

export const dynamic = "force-dynamic";

/**
 * The interactive API reference for the mobile team. Scalar's browser bundle is served by this
 * app (./scalar.js) with its web fonts off, so the page works with no outside network.
 */
export async function GET() {
  const t = await getTranslations("apiDocs");
  const nonce = createNonce();
  const config = JSON.stringify({
    url: "/api/v1/openapi.json",
    withDefaultFonts: false,
    hideClientButton: true,
    telemetry: false,
    // Scalar's AI agent searches a registry through proxy.scalar.com: off, nothing leaves the app.
    agent: { disabled: true },
    showDeveloperTools: "never",
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(t("title"))}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="/api/v1/docs/scalar.js"></script>
<script nonce="${nonce}">Scalar.createApiReference("#app", ${config});</script>
</body>
</html>`;
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return new Response(html, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": policy },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
