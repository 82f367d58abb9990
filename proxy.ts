// Requests that no page can answer are turned away calmly here, before routing: a malformed
// address (broken %-encoding) would otherwise reach the router and fail with a 500, and pages
// only answer GET and HEAD (the self-check form, which takes a POST, is the one exception).
import { NextResponse, type NextRequest } from 'next/server';
import { postedFormHeader, readPostedForm } from '@/lib/selfcheck/form-post';

const SELF_CHECK = '/is-iop-right-for-me';
const ANSWERS_PAGE = '/is-iop-right-for-me/answers';
const FORM_PAGES = new Set([ANSWERS_PAGE]);

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

export async function proxy(request: NextRequest) {
  const raw = new URL(request.url).pathname;
  try {
    if (decodeURIComponent(raw).includes('\0')) throw new Error('null byte');
  } catch {
    return plain(400, 'This web address is not valid. Go to the home page: /');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && !(request.method === 'POST' && FORM_PAGES.has(raw))) {
    // The self-check form posts to its answers page; only a copy of the page saved before it did posts here.
    if (raw === SELF_CHECK)
      return plain(
        405,
        'The self-check has changed. Open it again and send your answers from there: /is-iop-right-for-me',
        { Allow: 'GET, HEAD' },
      );
    return plain(405, 'This page can only be read.', { Allow: FORM_PAGES.has(raw) ? 'GET, HEAD, POST' : 'GET, HEAD' });
  }
  if (raw === ANSWERS_PAGE) return selfCheckForm(request);
  // The posted-form header is this proxy's alone: sent from outside, to any address, it goes no further.
  if (request.headers.has(postedFormHeader))
    return NextResponse.next({ request: { headers: withoutPostedForm(request.headers) } });
  return NextResponse.next();
}

const withoutPostedForm = (incoming: Headers) => {
  const headers = new Headers(incoming);
  headers.delete(postedFormHeader);
  return headers;
};

/**
 * The self-check works without JavaScript: its form posts to the answers page, and a page cannot read
 * a request body. So the posted form is read here and only its question fields go on to the page,
 * in a request header (lib/selfcheck/form-post.ts), never in the URL. The header is removed from
 * every other request that carries it, so it cannot be forged, and the body is never handed on as a
 * possible server action (a forged post cannot cause a 500). The empty self-check stays prerendered.
 */
async function selfCheckForm(request: NextRequest) {
  const headers = withoutPostedForm(request.headers);
  if (request.method === 'POST') {
    const posted = await readPostedForm(request);
    if (!posted.ok)
      return plain(posted.status, 'The form sent was too large. Go back and try again: /is-iop-right-for-me');
    headers.set(postedFormHeader, posted.fields);
    headers.set('content-type', 'text/plain');
    headers.delete('next-action');
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Only where it is needed, so prerendered pages are served without running it: a broken
  // %-encoding reaches the router only in dynamic segments (/learn/<slug>), and only the article,
  // search and self-check routes would otherwise answer a POST. Every other page already answers
  // 404 to a broken address and 405 to other methods by itself (tests/e2e/bad-input.spec.ts).
  // It also runs on any address sent with the posted-form header (postedFormHeader), to remove it.
  matcher: [
    '/learn/:path*',
    '/search',
    '/search/:path*',
    '/is-iop-right-for-me/:path*',
    { source: '/:path*', has: [{ type: 'header', key: 'x-self-check-form' }] },
  ],
};
