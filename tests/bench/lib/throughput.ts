// Requests per second for one article: `next start` alone, nginx serving the same prerendered HTML
// file, and nginx's cache (deploy/iop-guide.conf.template) in front of `next start`.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findNginx, nginxMissing, startCachingProxy, startFileServer, type RunningNginx } from '../../nginx/nginx';
import { runLoad, type LoadResult } from '../../support/load';
import type { RunningServer } from '../../support/next-server';

export interface Throughput {
  connections: number;
  seconds: number;
  runs: (LoadResult & { label: string; shareOfFile?: number })[];
  /** requests/s through nginx's cache as a share of nginx serving the file */
  proxyShareOfFile?: number;
}

const connections = 50;
const seconds = 10;
// Each server gets its 10 s as two 5 s halves, taken in turns, so that a burst of other work on
// the machine falls on all of them alike rather than on whichever happened to run then.
const halves = 2;

/** Two halves as one run: requests add up; p50 is their mean; p99 the worse of the two. */
function combine(url: string, parts: LoadResult[]): LoadResult {
  const requests = parts.reduce((sum, part) => sum + part.requests, 0);
  return {
    url,
    connections,
    seconds,
    requests,
    rps: Math.round(requests / seconds),
    p50Ms: Math.round(parts.reduce((sum, part) => sum + part.p50Ms, 0) / parts.length),
    p99Ms: Math.max(...parts.map((part) => part.p99Ms)),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    non2xx: parts.reduce((sum, part) => sum + part.non2xx, 0),
  };
}

async function measureInTurns(targets: { label: string; url: string }[]): Promise<(LoadResult & { label: string })[]> {
  // Warm-up: the JIT, and nginx filling its cache.
  for (const { url } of targets) await runLoad(url, { connections: 10, seconds: 2 });
  const parts = targets.map(() => [] as LoadResult[]);
  for (let half = 0; half < halves; half++) {
    for (const [i, { url }] of targets.entries())
      parts[i]!.push(await runLoad(url, { connections, seconds: seconds / halves }));
  }
  return targets.map(({ label, url }, i) => ({ label, ...combine(url, parts[i]!) }));
}

export async function measureThroughput(
  projectDir: string,
  server: RunningServer,
  articlePath: string,
  notes: string[],
): Promise<Throughput> {
  const nextTarget = { label: 'next start', url: `${server.url}${articlePath}` };
  if (!findNginx()) {
    notes.push(`${nginxMissing}. The nginx comparisons were skipped.`);
    return { connections, seconds, runs: await measureInTurns([nextTarget]) };
  }
  const root = mkdtempSync(path.join(tmpdir(), 'iop-bench-root-'));
  const started: RunningNginx[] = [];
  try {
    mkdirSync(path.dirname(path.join(root, articlePath)), { recursive: true });
    copyFileSync(
      path.join(projectDir, '.next', 'server', 'app', `${articlePath}.html`),
      path.join(root, `${articlePath}.html`),
    );
    for (const folder of [root, path.dirname(path.join(root, articlePath))]) chmodSync(folder, 0o755);
    const files = await startFileServer(root);
    started.push(files);
    const proxy = await startCachingProxy(`127.0.0.1:${server.port}`);
    started.push(proxy);
    const [next, file, cached] = await measureInTurns([
      nextTarget,
      { label: 'nginx, prerendered file', url: `${files.url}${articlePath}` },
      { label: 'nginx cache -> next start', url: `${proxy.url}${articlePath}` },
    ]);
    const share = (run: LoadResult) => (file!.rps > 0 ? run.rps / file!.rps : 0);
    return {
      connections,
      seconds,
      runs: [next!, file!, cached!].map((run) => ({ ...run, shareOfFile: share(run) })),
      proxyShareOfFile: share(cached!),
    };
  } finally {
    for (const nginx of started) await nginx.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
