import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sleep, trackGroup } from "../fault/lib/bounded.ts";

export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p)) ?? null;

/**
 * nginx from Debian (apt-get install nginx-light) as the load balancer: round robin over the app
 * instances, HTTP/1.1 keep-alive upstream, X-Forwarded-For appended (the instances trust 127.0.0.1 as
 * a proxy: TRUSTED_PROXY_CIDRS). A refused or failed connection is retried on the next instance for
 * idempotent requests; a POST that reached an instance is never replayed by nginx (the client retries
 * with its Idempotency-Key, as the mobile app does). docs/deploy.md shows the same upstream block.
 * Idle upstream connections are closed by nginx after 4 s, less than the instances' drain delay.
 */
export type Nginx = {
  url: string;
  /**
   * Rewrites the upstream list (`down` = out of rotation) and reloads: new workers take the new list,
   * old ones finish their requests. How an instance leaves rotation before a planned stop.
   */
  reload(upstreams: { port: number; down?: boolean }[]): Promise<void>;
  stop(): void;
};

export async function startNginx(dir: string, port: number, upstreams: number[]): Promise<Nginx> {
  if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx-light (the CI script does)");
  const root = path.join(dir, "nginx");
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(root, sub), { recursive: true });
  const conf = path.join(root, "nginx.conf");
  const write = (servers: { port: number; down?: boolean }[]) => writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${root}/body;
  proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  upstream mmso {
${servers.map((s) => `    server 127.0.0.1:${s.port} max_fails=1 fail_timeout=5s${s.down ? " down" : ""};`).join("\n")}
    keepalive 64;
    # Shorter than the instances' SHUTDOWN_DRAIN_DELAY_MS: a draining instance never closes a pooled
    # connection nginx may be writing to; nginx drops idle ones itself (docs/deploy.md, ADR 0047).
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 8m;
    location / {
      proxy_pass http://mmso;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
`,
  );
  write(upstreams.map((p) => ({ port: p })));
  const out = openSync(path.join(root, "stdout.log"), "a");
  const child = spawn(NGINX, ["-c", conf, "-p", root], { stdio: ["ignore", out, out], detached: true });
  if (!child.pid) throw new Error("nginx did not spawn");
  trackGroup(child.pid);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/api/health/live`, { signal: AbortSignal.timeout(1_000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} (see ${root}/error.log)`);
      await sleep(100);
    }
  }
  return {
    url,
    async reload(servers) {
      write(servers);
      process.kill(child.pid as number, "SIGHUP");
      await sleep(1_000); // the new workers are up and the old ones stopped taking connections
    },
    stop: () => {
      try {
        process.kill(-(child.pid as number), "SIGQUIT");
      } catch {
        // gone
      }
    },
  };
}
