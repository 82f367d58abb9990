// A worker thread of checkContentInParallel (check-parallel.ts). Plain JavaScript, so that it starts
// without a TypeScript loader; it then registers one (tsx) to load the check itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { workerMain } = await import('./check-parallel.ts');
parentPort.postMessage(workerMain(workerData.job, workerData.n));
