// `npm run load`: 100 connections for 20 s over a mix of pages, against `next start` (built first
// if .next is missing). Fails (exit 1) on any connection error, timeout or non-2xx answer.
//   --url=http://host:port   load a server that is already running
//   --via-nginx              put the tested nginx cache (tests/nginx/iop-guide.conf.template) in front
//   --connections=100 --seconds=20
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from '../bench/lib/load';
import { buildNext, hasBuild, startNext, type RunningServer } from '../bench/lib/next-server';
import { findNginx, nginxMissing, startCachingProxy, type RunningNginx } from '../nginx/nginx';

const projectDir = process.cwd();
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const connections = Number(option('connections') ?? 100);
const seconds = Number(option('seconds') ?? 20);

/** Every kind of page a reader asks for: home, several articles, glossary, urgent help, and search and the self-check when the site has them. */
function candidatePaths(): string[] {
  const articles = readdirSync(path.join(projectDir, 'content'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .slice(0, 6)
    .map((name) => `/learn/${name.replace(/\.mdx$/, '')}`);
  return ['/', ...articles, '/glossary', '/get-help-now', '/about', '/search?q=relapse', '/is-iop-right-for-me'];
}

let server: RunningServer | undefined;
let proxy: RunningNginx | undefined;
let baseUrl = option('url')?.replace(/\/$/, '');
if (!baseUrl) {
  if (!hasBuild(projectDir)) {
    console.log('No build in .next: running next build first...');
    const build = await buildNext(projectDir);
    if (!build.ok) {
      console.error(build.output);
      process.exit(1);
    }
  }
  server = await startNext(projectDir);
  baseUrl = server.url;
  if (process.argv.includes('--via-nginx')) {
    if (!findNginx()) {
      console.error(`${nginxMissing}. Run without --via-nginx to load next start alone.`);
      await server.stop();
      process.exit(1);
    }
    proxy = await startCachingProxy(`127.0.0.1:${server.port}`);
    baseUrl = proxy.url;
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
  console.log(`Load: ${connections} connections, ${seconds} s, against ${baseUrl}, cycling through ${paths.length} pages:\n  ${paths.join('\n  ')}`);
  const result = await runLoad(baseUrl, { connections, seconds, paths });
  console.log(`
requests       ${result.requests}
requests/s     ${result.rps}
latency p50    ${result.p50Ms} ms
latency p99    ${result.p99Ms} ms
errors         ${result.errors} (connection errors and timeouts)
non-2xx        ${result.non2xx}`);
  failed = result.errors > 0 || result.non2xx > 0 || result.requests === 0;
  console.log(failed ? '\nLoad test FAILED: every request must succeed.' : '\nLoad test passed: no errors, no non-2xx answers.');
} finally {
  await proxy?.stop();
  await server?.stop();
}
process.exit(failed ? 1 : 0);
