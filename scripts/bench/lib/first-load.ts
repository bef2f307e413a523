import { gzipSync } from "node:zlib";

export type FirstLoad = { path: string; status: number; scripts: number; files: { url: string; kbGzip: number }[]; jsKbGzip: number; jsKbRaw: number; inlineKbGzip: number; htmlKbGzip: number };

/**
 * First-load JavaScript of a page, measured from the served HTML (Next 16 no longer prints sizes):
 * every script the HTML references (src and modulepreload), fetched and gzipped at level 9.
 * `cookie` signs the request in (dashboard pages).
 */
export async function measureFirstLoad(baseUrl: string, path: string, cookie?: string): Promise<FirstLoad> {
  const headers: Record<string, string> = { "accept-language": "my", ...(cookie ? { cookie } : {}) };
  const response = await fetch(new URL(path, baseUrl), { headers, redirect: "manual" });
  const html = await response.text();
  const urls = new Set<string>();
  // `noModule` scripts are legacy polyfills that every browser with ES modules skips.
  for (const match of html.matchAll(/<script([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    if (src && !/nomodule/i.test(attributes)) urls.add(src);
  }
  for (const match of html.matchAll(/<link[^>]+rel="(?:modulepreload|preload)"[^>]+href="([^"]+\.js[^"]*)"/g)) urls.add(match[1] as string);
  let raw = 0;
  let gzip = 0;
  const files: FirstLoad["files"] = [];
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(new URL(url, baseUrl))).arrayBuffer());
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    files.push({ url, kbGzip: zipped / 1024 });
  }
  const inline = Buffer.from([...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(""));
  return { path, status: response.status, scripts: urls.size, files, jsKbGzip: gzip / 1024, jsKbRaw: raw / 1024, inlineKbGzip: gzipSync(inline).length / 1024, htmlKbGzip: gzipSync(html).length / 1024 };
}

export function describeFirstLoad(r: FirstLoad): string {
  return (
    `${r.path} (HTTP ${r.status}): first-load JS ${r.jsKbGzip.toFixed(1)} kB gzip (${r.scripts} files, ${r.jsKbRaw.toFixed(1)} kB raw); ` +
    `inline scripts ${r.inlineKbGzip.toFixed(1)} kB gzip; HTML ${r.htmlKbGzip.toFixed(1)} kB gzip`
  );
}
