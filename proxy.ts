// Requests that no page can answer are turned away calmly here, before routing: a malformed
// address (broken %-encoding) would otherwise reach the router and fail with a 500, and pages
// only answer GET and HEAD (the self-check form, which takes a POST, is the one exception).
import { NextResponse, type NextRequest } from 'next/server';

const FORM_PAGES = new Set(['/is-iop-right-for-me']);

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

export function proxy(request: NextRequest) {
  const raw = new URL(request.url).pathname;
  try {
    if (decodeURIComponent(raw).includes('\0')) throw new Error('null byte');
  } catch {
    return plain(400, 'This web address is not valid. Go to the home page: /');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && !FORM_PAGES.has(raw)) {
    return plain(405, 'This page can only be read.', { Allow: 'GET, HEAD' });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but the hashed build files, which never take a broken address or another method.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
