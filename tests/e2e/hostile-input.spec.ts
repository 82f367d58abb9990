import { expect, test } from '@playwright/test';
import {
  assetPath,
  hostileRequests,
  problemsOf,
  routeTypes,
  send,
  storableMethods,
  type HostileRequest,
} from '../support/hostile-requests';

// Every route type with every hostile variation (tests/support/hostile-requests.ts), sent to
// `next start` alone: no 5xx, the security headers on every answer, and nothing a shared cache may
// keep that it must not. tests/nginx/cache.test.ts sends the same requests through the nginx cache.

/**
 * What next start alone answers before any of the site's code runs, so the site cannot change it
 * (README, Deploying): TRACE fails in Next.js's proxy step (a 500 where proxy.ts runs), any method but
 * GET and HEAD for a file Next.js serves itself (its own, or one in public/) fails too (a 500), and Node.js refuses a method it does
 * not know with a bare 400. nginx in front answers all of them with 405 itself.
 */
const answeredBeforeTheSite = ({ route, variation, request }: HostileRequest) =>
  variation.name === 'TRACE' ||
  variation.name === 'a made-up method' ||
  (route.file === true && !storableMethods.has(request.method));

test.describe.configure({ mode: 'parallel' });

for (const route of routeTypes('/_next/static/…')) {
  test(`every hostile variation of a request to the ${route.name} is answered calmly`, async ({ baseURL }) => {
    const asset = await assetPath(baseURL!);
    const requests = hostileRequests(asset).filter(
      (hostile) => hostile.route.name === route.name && !answeredBeforeTheSite(hostile),
    );
    expect(requests.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const hostile of requests) {
      const answer = await send(baseURL!, hostile.request);
      for (const problem of problemsOf(hostile, answer)) problems.push(`${hostile.label}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
}

test('a method Node.js does not know is refused before Next.js, without an answer body', async ({ baseURL }) => {
  const answer = await send(baseURL!, { method: 'BREW', path: '/' });
  expect(answer.status).toBe(400);
  expect(answer.body).toBe('');
});
