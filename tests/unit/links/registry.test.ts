import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, currentLinks, parseRegistry, recordLinks, resolveLink, type LinkTarget } from '@/lib/links/registry';
import { aliasesFor, emptyRedirects, readRedirects, type Redirects } from '@/lib/links/redirects';

const paying: LinkTarget = { slug: 'paying-for-an-iop', title: 'Paying for an IOP', file: 'content/paying-for-an-iop.mdx', ids: ['does-medicare-cover-an-iop', 'how-much-does-an-iop-cost'] };
const faq: LinkTarget = { slug: 'faq', title: 'Questions and myths about IOP', file: 'content/faq.mdx', ids: ['common-questions'] };
const targets = [paying, faq];
const redirects = (value: Partial<Redirects>): Redirects => ({ ...emptyRedirects, ...value });
const errors = (problems: ReturnType<typeof checkLinks>) => problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);

describe('the registry of published links', () => {
  it('lists every article and every section as links', () => {
    expect(currentLinks(targets)).toEqual([
      'paying-for-an-iop',
      'paying-for-an-iop#does-medicare-cover-an-iop',
      'paying-for-an-iop#how-much-does-an-iop-cost',
      'faq',
      'faq#common-questions',
    ]);
  });

  it('recording adds new links, keeps old ones (even when gone from the site) and never duplicates', () => {
    const first = recordLinks('', [faq]);
    expect(parseRegistry(first)).toEqual(['faq', 'faq#common-questions']);
    const withOld = `${first}faq#an-old-question\n`;
    const second = recordLinks(withOld, targets);
    expect(parseRegistry(second)).toEqual([...new Set(['faq', 'faq#an-old-question', 'faq#common-questions', ...currentLinks([paying])])].sort());
    expect(recordLinks(second, targets)).toBe(second);
    expect(second.startsWith('# ')).toBe(true);
  });

  it('a published section whose id disappears fails, naming the lost link and how to keep it', () => {
    const registry = ['paying-for-an-iop#how-much-does-it-cost'];
    const problems = checkLinks(registry, targets, emptyRedirects).filter((problem) => problem.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/paying-for-an-iop.mdx',
        severity: 'error',
        message: 'The published section link /learn/paying-for-an-iop#how-much-does-it-cost no longer lands anywhere: "Paying for an IOP" has no section "#how-much-does-it-cost"',
      }),
    ]);
    expect(problems[0]!.fix).toContain('[#how-much-does-it-cost]');
    expect(problems[0]!.fix).toContain('content/redirects.yaml');
  });

  it('an alias to the section that now covers it makes the old link land there', () => {
    const list = redirects({ sections: { 'paying-for-an-iop': { 'how-much-does-it-cost': 'how-much-does-an-iop-cost' } } });
    expect(errors(checkLinks(['paying-for-an-iop#how-much-does-it-cost'], targets, list))).toEqual([]);
    expect(resolveLink('paying-for-an-iop#how-much-does-it-cost', new Map(targets.map((t) => [t.slug, t])), list)).toEqual({ slug: 'paying-for-an-iop', id: 'how-much-does-an-iop-cost' });
    expect(aliasesFor(list, 'paying-for-an-iop')).toEqual(new Map([['how-much-does-an-iop-cost', ['how-much-does-it-cost']]]));
  });

  it('a removed article fails unless it is redirected to an existing one', () => {
    expect(errors(checkLinks(['cost-of-care'], targets, emptyRedirects))).toEqual(['The published link /learn/cost-of-care no longer goes anywhere (content/cost-of-care.mdx is gone)']);
    expect(errors(checkLinks(['cost-of-care'], targets, redirects({ articles: { 'cost-of-care': 'paying-for-an-iop' } })))).toEqual([]);
  });

  it('a section link of a redirected article must land on a section of the new article', () => {
    const moved = redirects({ articles: { 'cost-of-care': 'paying-for-an-iop' } });
    expect(errors(checkLinks(['cost-of-care#does-medicare-cover-an-iop'], targets, moved))).toEqual([]);
    expect(errors(checkLinks(['cost-of-care#prices'], targets, moved))).toEqual([
      'The published section link /learn/cost-of-care#prices no longer lands anywhere: "Paying for an IOP" has no section "#prices"',
    ]);
  });

  it('rejects redirects that cannot work', () => {
    const bad = redirects({
      articles: { faq: 'paying-for-an-iop', 'old-page': 'no-such-page' },
      sections: { 'paying-for-an-iop': { 'does-medicare-cover-an-iop': 'how-much-does-an-iop-cost', 'old-id': 'no-such-id' }, 'no-article': { a: 'b' } },
    });
    expect(errors(checkLinks([], targets, bad))).toEqual([
      '"faq" is redirected, but content/faq.mdx still exists',
      '"old-page" is redirected to "no-such-page", which is not an article',
      'The alias "#does-medicare-cover-an-iop" in "paying-for-an-iop" is still the id of a section',
      'The alias "#old-id" in "paying-for-an-iop" points to "#no-such-id", which is not a section of content/paying-for-an-iop.mdx',
      'Section aliases are listed for "no-article", which is not an article',
    ]);
  });

  it('warns (without failing) about links not recorded yet, but not before anything is published', () => {
    const problems = checkLinks(['faq'], targets, emptyRedirects);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^4 new links are not recorded yet/) })]);
    expect(checkLinks(undefined, targets, emptyRedirects)).toEqual([]);
  });
});

describe('content/redirects.yaml', () => {
  const withFile = (text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-redirects-'));
    const file = path.join(dir, 'redirects.yaml');
    writeFileSync(file, text);
    try {
      return readRedirects(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('reads articles and sections, and an empty or missing file means no redirects', () => {
    expect(withFile('articles:\n  old: new\nsections:\n  new:\n    a: b\n')).toEqual({ redirects: { articles: { old: 'new' }, sections: { new: { a: 'b' } } }, problems: [] });
    expect(withFile('# nothing yet\n').redirects).toEqual(emptyRedirects);
    expect(readRedirects('/no/such/file.yaml').redirects).toEqual(emptyRedirects);
  });

  it('explains a wrong shape or broken YAML instead of throwing', () => {
    expect(withFile('article:\n  old: new\n').problems[0]!.message).toMatch(/redirect list/);
    expect(withFile('articles:\n  Old Page: new\n').problems[0]!.message).toContain('must be an article slug');
    const broken = withFile('articles:\n  old: [new\n');
    expect(broken.problems[0]!.message).toMatch(/not valid YAML/);
  });

  it('the real site: every published link still lands, and every current link is recorded', async () => {
    const { readContent } = await import('@/lib/content/source');
    const { checkPublishedLinks } = await import('@/lib/links/published');
    const { articles } = readContent();
    expect(checkPublishedLinks(path.join(process.cwd(), 'content'), articles).map((problem) => problem.message)).toEqual([]);
  }, 60_000);
});

describe('the content check guards published links', () => {
  it('fails, naming the lost link, when a published section disappears; an alias makes it pass', async () => {
    const { tempSite, article } = await import('../content/helpers');
    const { checkContent } = await import('@/lib/content/check');
    const site = tempSite({
      'page.mdx': article({ title: 'The page', body: '## How much does it cost?\n\nText.\n\n## Who pays?\n\nMore text.' }),
      'published-links.txt': 'page\npage#how-much-does-it-cost\npage#who-pays\npage#what-it-costs\n',
    });
    try {
      const lost = checkContent(site.content, { today: '2026-11-27' }).problems.filter((problem) => problem.severity === 'error');
      expect(lost.map((problem) => problem.message)).toEqual([
        'The published section link /learn/page#what-it-costs no longer lands anywhere: "The page" has no section "#what-it-costs"',
      ]);
      writeFileSync(path.join(site.content, 'redirects.yaml'), 'sections:\n  page:\n    what-it-costs: how-much-does-it-cost\n');
      expect(checkContent(site.content, { today: '2026-11-27' }).errors).toBe(0);
    } finally {
      site.cleanup();
    }
  }, 60_000);
});
