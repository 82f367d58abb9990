// Runs Debian's nginx as a foreground child process on a loopback port, with everything it writes
// (pid, logs, temp files, cache) in a throwaway folder. Installs nothing: says what is missing.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, stopProcess, waitForUrl } from '../support/processes';

export const siteTemplate = fileURLToPath(new URL('../../deploy/iop-guide.conf.template', import.meta.url));

/** The nginx binary, or undefined with the reason in `nginxMissing()`. */
export function findNginx(): string | undefined {
  const candidates = process.env.NGINX_PATH
    ? [process.env.NGINX_PATH]
    : ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

export const nginxMissing = process.env.NGINX_PATH
  ? `nginx not found at NGINX_PATH=${process.env.NGINX_PATH}`
  : 'nginx not found: apt-get install -y nginx (or set NGINX_PATH)';

/** The tested site config with its three variables filled in, as envsubst would. */
export function renderSiteConfig(values: { listen: string; upstream: string; cacheDir: string }): string {
  const vars: Record<string, string> = {
    IOP_LISTEN: values.listen,
    IOP_UPSTREAM: values.upstream,
    IOP_CACHE_DIR: values.cacheDir,
  };
  return readFileSync(siteTemplate, 'utf8').replace(
    /\$\{(IOP_[A-Z_]+)\}/g,
    (whole, name: string) => vars[name] ?? whole,
  );
}

export interface RunningNginx {
  url: string;
  port: number;
  /** The folder holding its config, logs and cache */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with a generated nginx.conf whose http {} block holds `httpBlock(port, dir)`.
 * One worker process: next start is one Node.js process too, and the load generator needs the other core.
 */
export async function startNginx(httpBlock: (port: number, dir: string) => string): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error(nginxMissing);
  const dir = mkdtempSync(path.join(tmpdir(), 'iop-nginx-'));
  // Workers run as nobody when nginx is started as root: they must be able to read and write here.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const temp = (name: string) => {
    const folder = path.join(dir, name);
    mkdirSync(folder, { recursive: true, mode: 0o777 });
    chmodSync(folder, 0o777);
    return folder;
  };
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    types { text/html html; text/css css; application/javascript js; }
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${httpBlock(port, dir).replace(/^/gm, '    ')}
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  temp('cache');
  const { child, output } = startProcess(binary, [
    '-e',
    path.join(dir, 'error.log'),
    '-p',
    dir,
    '-c',
    path.join(dir, 'nginx.conf'),
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/`, child, () => `${output()}\n${safeRead(path.join(dir, 'error.log'))}`, 15_000);
  return {
    url,
    port,
    dir,
    stop: async () => {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const safeRead = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** nginx as a caching reverse proxy in front of `upstream` (host:port), with the tested site config. */
export function startCachingProxy(upstream: string): Promise<RunningNginx> {
  return startNginx((port, dir) =>
    renderSiteConfig({ listen: `127.0.0.1:${port}`, upstream, cacheDir: path.join(dir, 'cache') }),
  );
}

/** nginx serving one folder of files as they are (the "what a plain file server does" baseline). */
export function startFileServer(root: string): Promise<RunningNginx> {
  return startNginx(
    (port) =>
      `server {\n    listen 127.0.0.1:${port};\n    root ${root};\n    location / { try_files $uri $uri.html =404; }\n}`,
  );
}
