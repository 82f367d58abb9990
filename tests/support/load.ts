// HTTP load with autocannon, summed up the same way for the bench and for `npm run load`.
import autocannon from 'autocannon';

export interface LoadResult {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  /** mean requests per second over the run */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** connection errors and timeouts */
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Paths to cycle through (each connection requests them in turn); default: the URL's own path. */
  paths?: string[];
}

export async function runLoad(url: string, { connections, seconds, paths }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths?.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    url,
    connections,
    seconds,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors, // timeouts included
    non2xx: result.non2xx,
  };
}
