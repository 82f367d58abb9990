// `npm run bench:content`: how long `npm run content:check` takes on 300 articles.
// Copies the real articles into a temporary content folder until there are 300 (each copy with its
// own file name and title, and its links and related slugs pointed at the same copy set, so the
// folder passes the check), then runs the check as an editor does and prints the time.
// The target is under 10 seconds on a 2-core machine; it is printed, not asserted.
// BENCH_ARTICLES=600 changes the number of articles; BENCH_KEEP=1 keeps the folder to look at.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePaths, slugOf } from '../../lib/content/files';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300);
const TARGET_SECONDS = 10;

const root = fileURLToPath(new URL('../..', import.meta.url));
const realContent = path.join(root, 'content');
const slugs = articlePaths(realContent).map(slugOf);

/** The file name (without .mdx) of article number `index` of the generated set. */
const nameOf = (index: number) => {
  const copy = Math.floor(index / slugs.length);
  return `${slugs[index % slugs.length]}${copy ? `-${copy}` : ''}`;
};

/** Copy number `copy` of an article: its title and its links to other articles (of the same copy, when it exists) change. */
function variant(source: string, copy: number): string {
  if (copy === 0) return source;
  const known = new RegExp(`(/learn/|^  - )(${slugs.join('|')})(?=[#)"\\s]|$)`, 'gm');
  return source
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^"(.*)"$/, '$1')} (copy ${copy})`)
    .replace(known, (_, before: string, slug: string) => {
      const index = copy * slugs.length + slugs.indexOf(slug);
      return `${before}${index < ARTICLES ? nameOf(index) : slug}`;
    });
}

const site = mkdtempSync(path.join(os.tmpdir(), 'iop-bench-'));
const content = path.join(site, 'content');
mkdirSync(content);
if (existsSync(path.join(root, 'public')))
  cpSync(path.join(root, 'public'), path.join(site, 'public'), { recursive: true });
for (const file of ['glossary.yaml', 'spelling-words.txt'])
  cpSync(path.join(realContent, file), path.join(content, file));
for (let index = 0; index < ARTICLES; index += 1) {
  const text = readFileSync(path.join(realContent, `${slugs[index % slugs.length]}.mdx`), 'utf8');
  writeFileSync(path.join(content, `${nameOf(index)}.mdx`), variant(text, Math.floor(index / slugs.length)));
}

try {
  // The same command as `npm run content:check` (tsx, in one process), which also reports the CPU
  // time it used: on a busy machine the wall-clock time says more about the other processes.
  const reportCpu =
    'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write(`cpu ${(u.user+u.system)/1e6}\\n`)})';
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', reportCpu, path.join(root, 'scripts/content-check.ts'), content],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = Number(/^cpu ([\d.]+)$/m.exec(run.stderr)?.[1]);
  const report = `${run.stdout}${run.stderr.replace(/^cpu .*\n?/m, '')}`.trim().split('\n');
  console.log(
    report.length > 6
      ? [...report.slice(0, 5), `... (${report.length - 6} more lines)`, report.at(-1)].join('\n')
      : report.join('\n'),
  );
  console.log('');
  console.log(
    `npm run content:check on ${ARTICLES} articles took ${seconds.toFixed(1)} s (${cpu.toFixed(1)} s of CPU time; load average ${os.loadavg()[0]!.toFixed(1)}).`,
  );
  console.log(
    `Target: under ${TARGET_SECONDS} s on a 2-core machine (this one has ${os.availableParallelism()} cores).`,
  );
  if (run.status !== 0)
    console.log(`Note: the check exited with ${run.status}; the generated articles should pass it.`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`Kept the generated folder: ${content}`);
  else rmSync(site, { recursive: true, force: true });
}
