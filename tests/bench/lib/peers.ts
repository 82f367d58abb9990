// The peers: this project's content rendered by Astro Starlight and by Fumadocs (Next.js, our stack), built
// and served by the scripts of the shared peers folder (its README), so the bench can put their article
// beside ours in the same run. The shared folder is read-only: it is copied to a temporary folder first,
// keeping the peers' node_modules there between runs (installed by their build.sh when missing).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/processes';

export interface PeerSite {
  /** "Astro Starlight", "Fumadocs" */
  name: string;
  /** The article the bench measures, e.g. http://127.0.0.1:40123/learn/what-is-an-iop/ */
  articleUrl: string;
}

export interface RunningPeers {
  sites: PeerSite[];
  /** What build.sh printed last: what was built and how long it took */
  built: string;
  stop(): void;
}

/** Where the shared peers folder is: PEERS_DIR, or ../shared/peers beside the project (or beside its worktree folder). */
export function findPeersDir(projectDir: string): string | undefined {
  const candidates = [
    process.env.PEERS_DIR,
    path.resolve(projectDir, '..', 'shared', 'peers'),
    path.resolve(projectDir, '..', '..', 'shared', 'peers'),
  ];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(path.join(dir!, 'build.sh')));
}

const kept = new Set(['node_modules']);

/** Copies the shared folder to `work`, keeping each peer's node_modules when its lockfile has not changed. */
function copyPeers(source: string, work: string) {
  mkdirSync(work, { recursive: true });
  for (const peer of ['starlight', 'fumadocs']) {
    const lock = (dir: string) =>
      existsSync(path.join(dir, peer, 'package-lock.json'))
        ? readFileSync(path.join(dir, peer, 'package-lock.json'), 'utf8')
        : '';
    if (lock(source) !== lock(work)) rmSync(path.join(work, peer, 'node_modules'), { recursive: true, force: true });
  }
  for (const entry of readdirSync(work)) {
    if (entry === 'starlight' || entry === 'fumadocs') {
      for (const inner of readdirSync(path.join(work, entry)).filter((name) => !kept.has(name)))
        rmSync(path.join(work, entry, inner), { recursive: true, force: true });
    } else rmSync(path.join(work, entry), { recursive: true, force: true });
  }
  cpSync(source, work, {
    recursive: true,
    filter: (from) => !/[/\\](node_modules|logs|dist|\.next|\.astro)$/.test(from),
  });
  execFileSync('chmod', ['-R', 'u+w', work]); // the shared copy is read-only; its build writes into the copy
  chmodSync(work, 0o755);
}

/**
 * Builds both peers with `contentDir` and serves them on free loopback ports. Takes about 4 minutes
 * (plus an npm ci per peer the first time). Throws with the scripts' own message when a step fails.
 */
export async function startPeers(sourceDir: string, contentDir: string, slug: string): Promise<RunningPeers> {
  const work = path.join(os.tmpdir(), 'iop-bench-peers');
  copyPeers(sourceDir, work);
  const [starlightPort, fumadocsPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    PEERS_RUN_DIR: path.join(work, 'run'),
    STARLIGHT_PORT: String(starlightPort),
    FUMADOCS_PORT: String(fumadocsPort),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const run = (script: string, args: string[] = []) => {
    const result = spawnSync('bash', [path.join(work, script), ...args], {
      env,
      encoding: 'utf8',
      timeout: 30 * 60_000,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    if (result.status !== 0) throw new Error(`${script} failed: ${output.split('\n').slice(-3).join(' ')}`);
    return output;
  };
  const built = run('build.sh', [contentDir]).split('\n').pop() ?? '';
  try {
    run('serve.sh');
  } catch (error) {
    spawnSync('bash', [path.join(work, 'stop.sh')], { env });
    throw error;
  }
  return {
    sites: [
      { name: 'Astro Starlight', articleUrl: `http://127.0.0.1:${starlightPort}/learn/${slug}/` },
      { name: 'Fumadocs', articleUrl: `http://127.0.0.1:${fumadocsPort}/learn/${slug}` },
    ],
    built,
    stop: () => void spawnSync('bash', [path.join(work, 'stop.sh')], { env }),
  };
}
