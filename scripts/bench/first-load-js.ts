/**
 * First-load JavaScript of pages, measured from the served HTML (Next 16 no longer prints sizes):
 * every script the HTML references (src and modulepreload), fetched and gzipped at level 9.
 * Usage: tsx scripts/bench/first-load-js.ts [baseUrl] [path ...]   (default http://localhost:3000 /)
 */
import { gzipSync } from "node:zlib";

const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ["/"];

async function firstLoad(path: string) {
  const html = await (await fetch(new URL(path, baseUrl), { headers: { "accept-language": "my" } })).text();
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
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(new URL(url, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = Buffer.from([...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(""));
  return { path, scripts: urls.size, jsKbGzip: gzip / 1024, jsKbRaw: raw / 1024, inlineKbGzip: gzipSync(inline).length / 1024, htmlKbGzip: gzipSync(html).length / 1024 };
}

for (const path of pages) {
  const r = await firstLoad(path);
  process.stdout.write(
    `${r.path}: first-load JS ${r.jsKbGzip.toFixed(1)} kB gzip (${r.scripts} files, ${r.jsKbRaw.toFixed(1)} kB raw); ` +
      `inline scripts ${r.inlineKbGzip.toFixed(1)} kB gzip; HTML ${r.htmlKbGzip.toFixed(1)} kB gzip\n`,
  );
}
