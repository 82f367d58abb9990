import { getArticles } from '@/lib/content/loader';
import { buildAtomFeed } from '@/lib/seo/feed';
import { site } from '@/lib/seo/metadata';
import { siteDescription } from '@/lib/site';

// Built once at build time, like the pages.
export const dynamic = 'force-static';

export function GET() {
  const articles = getArticles().map(({ slug, frontmatter }) => ({ slug, ...frontmatter }));
  return new Response(buildAtomFeed({ ...site, description: siteDescription }, articles), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
