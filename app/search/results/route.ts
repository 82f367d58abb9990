// The live search's answers as JSON: GET /search/results?q=... Rendered per request from the index
// the server process built once; never an error for a strange query, only a status to explain it.
import { searchSite } from '@/lib/search/site-index';

export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams.get('q');
  return Response.json(searchSite(query), { headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } });
}
