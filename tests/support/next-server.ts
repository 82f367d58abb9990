// `next build` and `next start` for a project folder, as the bench, the load test and the nginx
// test run them: the project's own Next.js, on a free loopback port, stopped by process group.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripDocumentPages } from '../../lib/documents/post-build';
import { freePort, startProcess, stopProcess, waitForUrl } from './processes';

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const nextBin = (dir: string) => path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** True when `dir` has a finished production build. */
export function hasBuild(dir: string): boolean {
  return existsSync(path.join(dir, '.next', 'BUILD_ID'));
}

/** Serves the existing build of `dir` with `next start` on 127.0.0.1 and waits until it answers. */
export async function startNext(dir: string, port?: number): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const { child, output } = startProcess(
    process.execPath,
    [nextBin(dir), 'start', '-p', String(chosen), '-H', '127.0.0.1'],
    { cwd: dir, env },
  );
  const url = `http://127.0.0.1:${chosen}`;
  await waitForUrl(`${url}/`, child, output);
  return { url, port: chosen, stop: () => stopProcess(child) };
}

export interface BuildResult {
  ok: boolean;
  ms: number;
  /** Highest total resident memory of `next build` and all its workers, sampled from /proc every 200 ms. */
  peakRssBytes: number;
  output: string;
}

/** Runs `next build` in `dir`, timing it and sampling the memory of its whole process tree. */
export async function buildNext(dir: string): Promise<BuildResult> {
  const started = Date.now();
  const { child, output } = startProcess(process.execPath, [nextBin(dir), 'build'], { cwd: dir, env });
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid!));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearInterval(sampler);
  return { ok: code === 0, ms: Date.now() - started, peakRssBytes, output: output() };
}

/**
 * The site's build as `npm run build` makes it: `next build`, then document pages served as HTML and CSS
 * only (lib/documents/post-build.ts). The time includes both.
 */
export async function buildSite(dir: string): Promise<BuildResult> {
  const build = await buildNext(dir);
  if (!build.ok) return build;
  const started = Date.now();
  try {
    stripDocumentPages(dir);
  } catch (error) {
    return { ...build, ok: false, output: `${build.output}\n${(error as Error).message}` };
  }
  return { ...build, ms: build.ms + Date.now() - started };
}

/** Serves the site's existing build as `npm run serve` does: stripped first if `next build` alone made it. */
export async function startSite(dir: string, port?: number): Promise<RunningServer> {
  stripDocumentPages(dir);
  return startNext(dir, port);
}

const PAGE_SIZE = 4096;

/** The resident memory of a process and all its descendants (Linux /proc; 0 elsewhere). */
function treeRssBytes(rootPid: number): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces and brackets: read the fields after its last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (
      let ancestor: number | undefined = pid;
      ancestor !== undefined && ancestor > 0;
      ancestor = parents.get(ancestor)
    ) {
      if (ancestor === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
