// `npm run content:check` on many files: the same checks as checkContent, with the files shared
// between this thread and worker threads (one per spare core), as reading MDX takes most of the time.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentChecks, finish, type CheckOptions, type CheckResult } from './check';
import type { ParsedArticle } from './parse';
import { todayIso } from './review';
import { articlePaths } from './files';
import { assembleContent, readArticleFile } from './loader';

/** Starting a worker takes about 2 seconds: below this many files per worker it costs more than it saves. */
const FILES_PER_WORKER = 40;

export interface Job {
  files: string[];
  publicDir: string;
  today: string;
  /** Shared by every thread: [0] is the next file to read; [1 + n] is worker n's state (0 starting, 1 reading, -1 not needed). */
  shared: Int32Array;
}

type Share = [index: number, article: ParsedArticle][];

export async function checkContentInParallel(dir = path.join(process.cwd(), 'content'), options: CheckOptions & { workers?: number } = {}): Promise<CheckResult> {
  const files = articlePaths(dir);
  const workers = Math.max(0, options.workers ?? Math.min(availableParallelism() - 1, Math.floor(files.length / FILES_PER_WORKER)));
  const job: Job = {
    files,
    publicDir: options.publicDir ?? path.join(dir, '..', 'public'),
    today: options.today ?? todayIso(),
    shared: new Int32Array(new SharedArrayBuffer(4 * (1 + workers))),
  };
  const running = Array.from({ length: workers }, (_, n) => startWorker(job, n));
  const results = readShare(job);
  // A worker still starting when this thread is done is not needed: it is stopped, unless it has just begun reading.
  running.forEach(({ worker }, n) => {
    if (Atomics.compareExchange(job.shared, 1 + n, 0, -1) === 0) void worker.terminate();
  });
  for (const share of await Promise.all(running.map(({ done }) => done))) results.push(...share);
  const byIndex = new Map(results);
  // A worker that failed leaves the files it took unread: they are read here.
  const checks = contentChecks(job.today);
  const parsed = files.map((file, index) => byIndex.get(index) ?? readArticleFile(file, { publicDir: job.publicDir, checks }));
  return finish(dir, assembleContent(dir, parsed));
}

/** Reads files until none is left. Every thread takes the next one, so a thread that starts late reads fewer. */
export function readShare(job: Job): Share {
  const checks = contentChecks(job.today);
  const share: Share = [];
  for (let index = Atomics.add(job.shared, 0, 1); index < job.files.length; index = Atomics.add(job.shared, 0, 1)) {
    share.push([index, readArticleFile(job.files[index]!, { publicDir: job.publicDir, checks })]);
  }
  return share;
}

/** What worker `n` does once it has loaded (check-worker.mjs calls it). */
export function workerMain(job: Job, n: number): Share {
  return Atomics.compareExchange(job.shared, 1 + n, 0, 1) === 0 ? readShare(job) : [];
}

function startWorker(job: Job, n: number): { worker: Worker; done: Promise<Share> } {
  const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { workerData: { job, n }, execArgv: [] });
  const done = new Promise<Share>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  return { worker, done };
}
