// `npm run load`: 100 connections for 20 s over a mix of pages, against the site deployed as the
// README says: the tested nginx cache (deploy/iop-guide.conf.template) in front of `next start`
// (built first if .next is missing). Fails (exit 1) on any connection error, timeout or non-2xx answer.
//   --direct                 load `next start` alone, with no cache in front (also what happens when
//                            nginx is not installed, with a note)
//   --url=http://host:port   load a server that is already running
//   --connections=100 --seconds=20
//   --warm-up=5              seconds of 10 connections before the measured run (0: none)
import path from 'node:path';
import { runLoad } from '../support/load';
import { buildSite, hasBuild, startSite, type RunningServer } from '../support/next-server';
import { findNginx, nginxMissing, startCachingProxy, type RunningNginx } from '../nginx/nginx';
import { articlePaths, slugOf } from '../../lib/content/files';

const projectDir = process.cwd();
const option = (name: string) =>
  process.argv
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');
const connections = Number(option('connections') ?? 100);
const seconds = Number(option('seconds') ?? 20);
const warmUp = { connections: 10, seconds: Number(option('warm-up') ?? 5) };

/** Every kind of page a reader asks for: home, several articles, glossary, urgent help, and search and the self-check when the site has them. */
function candidatePaths(): string[] {
  const articles = articlePaths(path.join(projectDir, 'content'))
    .slice(0, 6)
    .map((file) => `/learn/${slugOf(file)}`);
  return ['/', ...articles, '/glossary', '/get-help-now', '/about', '/search?q=relapse', '/is-iop-right-for-me'];
}

let server: RunningServer | undefined;
let proxy: RunningNginx | undefined;
let baseUrl = option('url')?.replace(/\/$/, '');
if (!baseUrl) {
  if (!hasBuild(projectDir)) {
    console.log('No build in .next: running next build first...');
    const build = await buildSite(projectDir);
    if (!build.ok) {
      console.error(build.output);
      process.exit(1);
    }
  }
  server = await startSite(projectDir);
  baseUrl = server.url;
  if (process.argv.includes('--direct')) {
    console.log('--direct: next start alone, no cache in front.');
  } else if (!findNginx()) {
    console.log(`${nginxMissing}. Loading next start alone, with no cache in front.`);
  } else {
    proxy = await startCachingProxy(`127.0.0.1:${server.port}`);
    baseUrl = proxy.url;
    console.log(`nginx's cache (deploy/iop-guide.conf.template) in front of next start at ${server.url}.`);
  }
}

let failed = false;
try {
  // Pages the site does not have yet (404) are left out of the mix, and said so.
  const paths: string[] = [];
  for (const candidate of candidatePaths()) {
    const { status } = await fetch(`${baseUrl}${candidate}`);
    if (status === 200) paths.push(candidate);
    else console.log(`Left out ${candidate}: it answers ${status}.`);
  }
  // A server that has just started runs its code unoptimised and loads each route on first use: the
  // first burst of 100 connections is several times slower than the steady state this test is about.
  // A short, gentler warm-up comes first, as a deployment gets from its health checks; its figures are
  // printed too, so a slow start stays visible.
  if (warmUp.seconds > 0) {
    const warm = await runLoad(baseUrl, { connections: warmUp.connections, seconds: warmUp.seconds, paths });
    console.log(
      `Warm-up: ${warmUp.connections} connections, ${warmUp.seconds} s: ${warm.requests} requests, p99 ${warm.p99Ms} ms, ${warm.errors} errors, ${warm.non2xx} non-2xx.`,
    );
  }
  console.log(
    `Load: ${connections} connections, ${seconds} s, against ${baseUrl}, cycling through ${paths.length} pages:\n  ${paths.join('\n  ')}`,
  );
  const result = await runLoad(baseUrl, { connections, seconds, paths });
  console.log(`
requests       ${result.requests}
requests/s     ${result.rps}
latency p50    ${result.p50Ms} ms
latency p99    ${result.p99Ms} ms
errors         ${result.errors} (connection errors and timeouts)
non-2xx        ${result.non2xx}`);
  failed = result.errors > 0 || result.non2xx > 0 || result.requests === 0;
  console.log(
    failed ? '\nLoad test FAILED: every request must succeed.' : '\nLoad test passed: no errors, no non-2xx answers.',
  );
} finally {
  await proxy?.stop();
  await server?.stop();
}
process.exit(failed ? 1 : 0);
