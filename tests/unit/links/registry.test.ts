import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  currentLinks,
  parseRegistry,
  recordLinks,
  resolveLink,
  type LinkTarget,
} from '@/lib/links/registry';
import { aliasesFor, emptyRedirects, readRedirects, type Redirects } from '@/lib/links/redirects';

const paying: LinkTarget = {
  slug: 'paying-for-an-iop',
  title: 'Paying for an IOP',
  file: 'content/paying-for-an-iop.mdx',
  headings: [
    { id: 'does-medicare-cover-an-iop', text: 'Does Medicare cover an IOP?', depth: 2, line: 12 },
    { id: 'how-much-does-an-iop-cost', text: 'How much does an IOP cost?', depth: 2, line: 20 },
  ],
};
const faq: LinkTarget = {
  slug: 'faq',
  title: 'Questions and myths about IOP',
  file: 'content/faq.mdx',
  headings: [{ id: 'common-questions', text: 'Common questions', depth: 2, line: 9 }],
};
const targets = [paying, faq];
/** A registry of these links, one per line, as content/published-links.txt has them. */
const registryOf = (...lines: string[]) => parseRegistry(lines.join('\n'));
const links = (text: string) => parseRegistry(text).map((entry) => entry.link);
const redirects = (value: Partial<Redirects>): Redirects => ({ ...emptyRedirects, ...value });
const errors = (problems: ReturnType<typeof checkLinks>) =>
  problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);

describe('the registry of published links', () => {
  it('lists every article and every section as links, with the words of its title or heading', () => {
    expect(currentLinks(targets)).toEqual([
      { link: 'paying-for-an-iop', text: 'Paying for an IOP' },
      { link: 'paying-for-an-iop#does-medicare-cover-an-iop', text: 'Does Medicare cover an IOP?' },
      { link: 'paying-for-an-iop#how-much-does-an-iop-cost', text: 'How much does an IOP cost?' },
      { link: 'faq', text: 'Questions and myths about IOP' },
      { link: 'faq#common-questions', text: 'Common questions' },
    ]);
  });

  it('recording adds new links, keeps old ones (even when gone from the site) and never duplicates', () => {
    const first = recordLinks('', [faq]);
    expect(links(first)).toEqual(['faq', 'faq#common-questions']);
    expect(first).toContain('\nfaq#common-questions Common questions\n');
    const withOld = `${first}faq#an-old-question\n`;
    const second = recordLinks(withOld, targets);
    expect(links(second)).toEqual(
      [
        ...new Set([
          'faq',
          'faq#an-old-question',
          'faq#common-questions',
          ...currentLinks([paying]).map(({ link }) => link),
        ]),
      ].sort(),
    );
    expect(recordLinks(second, targets)).toBe(second);
    expect(second.startsWith('# ')).toBe(true);
  });

  it('reads each line as a link, the words it had, and its line number', () => {
    expect(parseRegistry('# A note\n\nfaq Questions and myths about IOP\nfaq#old\n')).toEqual([
      { link: 'faq', text: 'Questions and myths about IOP', line: 3 },
      { link: 'faq#old', line: 4 },
    ]);
  });

  it('names the heading that changed, its line and its old words, and shows the pin to add', () => {
    const reworded: LinkTarget = {
      ...paying,
      headings: [
        paying.headings[0]!,
        { id: 'what-will-an-iop-cost', text: 'What will an IOP cost?', depth: 2, line: 20 },
      ],
    };
    const registry = registryOf(
      'paying-for-an-iop Paying for an IOP',
      'paying-for-an-iop#does-medicare-cover-an-iop Does Medicare cover an IOP?',
      'paying-for-an-iop#how-much-does-an-iop-cost How much does an IOP cost?',
    );
    const problems = checkLinks(registry, [reworded, faq], emptyRedirects).filter(
      (problem) => problem.severity === 'error',
    );
    expect(problems).toEqual([
      {
        file: 'content/paying-for-an-iop.mdx',
        line: 20,
        column: 1,
        severity: 'error',
        followsFrom: undefined,
        message:
          'The heading "How much does an IOP cost?" was changed to "What will an IOP cost?", so its published link /learn/paying-for-an-iop#how-much-does-an-iop-cost no longer lands anywhere',
        fix: 'People have shared that link: keep it by pinning the old id on this heading, "## What will an IOP cost? [#how-much-does-an-iop-cost]". If the section was removed instead, add "how-much-does-an-iop-cost: <id of the section that covers it now>" under "sections: paying-for-an-iop:" in content/redirects.yaml',
      },
    ]);
  });

  it('finds the new wording by the whole words two headings share (lib/content/words.ts), not pieces of them', () => {
    // "Naïve" is one word, and so is "I've": they share no "ve".
    const reworded: LinkTarget = {
      ...paying,
      headings: [
        paying.headings[0]!,
        { id: 'what-ive-learned', text: "What I've learned", depth: 2, line: 20 },
        { id: 'questions', text: 'Questions', depth: 2, line: 30 },
      ],
    };
    const registry = registryOf(
      'paying-for-an-iop Paying for an IOP',
      'paying-for-an-iop#does-medicare-cover-an-iop Does Medicare cover an IOP?',
      'paying-for-an-iop#naive-questions Naïve questions',
    );
    const problems = checkLinks(registry, [reworded, faq], emptyRedirects).filter(
      (problem) => problem.severity === 'error',
    );
    expect(problems.map(({ line, message }) => ({ line, message }))).toEqual([
      {
        line: 30,
        message:
          'The heading "Naïve questions" was changed to "Questions", so its published link /learn/paying-for-an-iop#naive-questions no longer lands anywhere',
      },
    ]);
  });

  it('holds back what only follows from an article that cannot be read', () => {
    const registry = registryOf(
      'paying-for-an-iop',
      'paying-for-an-iop#how-much-does-an-iop-cost',
      'faq#common-questions',
    );
    const broken = new Map([['paying-for-an-iop', 'content/paying-for-an-iop.mdx']]);
    const problems = checkLinks(registry, [faq], emptyRedirects, { unreadable: broken }).filter(
      (problem) => problem.severity === 'error',
    );
    expect(problems.map(({ message, followsFrom }) => ({ message, followsFrom }))).toEqual([
      {
        message:
          'The published link /learn/paying-for-an-iop no longer goes anywhere (content/paying-for-an-iop.mdx is gone), nor do its 1 section link',
        followsFrom: 'content/paying-for-an-iop.mdx',
      },
    ]);
  });

  it('a published section whose id disappears fails, naming the lost link and how to keep it', () => {
    // Every heading the article has now was published before: none of them is the lost one's new wording.
    const registry = registryOf(
      'paying-for-an-iop#how-much-does-it-cost How much does it cost?',
      ...currentLinks(targets).map(({ link }) => link),
    );
    const problems = checkLinks(registry, targets, emptyRedirects).filter((problem) => problem.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/paying-for-an-iop.mdx',
        severity: 'error',
        message:
          'The heading "How much does it cost?" is gone from "Paying for an IOP", so its published link /learn/paying-for-an-iop#how-much-does-it-cost no longer lands anywhere',
      }),
    ]);
    expect(problems[0]!.fix).toContain('[#how-much-does-it-cost]');
    expect(problems[0]!.fix).toContain('content/redirects.yaml');
  });

  it('an alias to the section that now covers it makes the old link land there', () => {
    const list = redirects({
      sections: { 'paying-for-an-iop': { 'how-much-does-it-cost': 'how-much-does-an-iop-cost' } },
    });
    expect(errors(checkLinks(registryOf('paying-for-an-iop#how-much-does-it-cost'), targets, list))).toEqual([]);
    expect(
      resolveLink('paying-for-an-iop#how-much-does-it-cost', new Map(targets.map((t) => [t.slug, t])), list),
    ).toEqual({ slug: 'paying-for-an-iop', id: 'how-much-does-an-iop-cost' });
    expect(aliasesFor(list, 'paying-for-an-iop')).toEqual(
      new Map([['how-much-does-an-iop-cost', ['how-much-does-it-cost']]]),
    );
  });

  it('a removed article fails unless it is redirected to an existing one', () => {
    expect(
      errors(checkLinks(registryOf('cost-of-care Cost of care', 'cost-of-care#prices'), targets, emptyRedirects)),
    ).toEqual([
      'The published link /learn/cost-of-care ("Cost of care") no longer goes anywhere (content/cost-of-care.mdx is gone), nor do its 1 section link',
    ]);
    expect(
      errors(
        checkLinks(
          registryOf('cost-of-care'),
          targets,
          redirects({ articles: { 'cost-of-care': 'paying-for-an-iop' } }),
        ),
      ),
    ).toEqual([]);
  });

  it('a section link of a redirected article must land on a section of the new article', () => {
    const moved = redirects({ articles: { 'cost-of-care': 'paying-for-an-iop' } });
    expect(errors(checkLinks(registryOf('cost-of-care#does-medicare-cover-an-iop'), targets, moved))).toEqual([]);
    expect(
      errors(
        checkLinks(registryOf('cost-of-care#prices', ...currentLinks(targets).map(({ link }) => link)), targets, moved),
      ),
    ).toEqual([
      'The heading "prices" is gone from "Paying for an IOP", so its published link /learn/cost-of-care#prices no longer lands anywhere',
    ]);
  });

  it('rejects redirects that cannot work', () => {
    const bad = redirects({
      articles: { faq: 'paying-for-an-iop', 'old-page': 'no-such-page' },
      sections: {
        'paying-for-an-iop': { 'does-medicare-cover-an-iop': 'how-much-does-an-iop-cost', 'old-id': 'no-such-id' },
        'no-article': { a: 'b' },
      },
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
    const problems = checkLinks(registryOf('faq'), targets, emptyRedirects);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/^4 new links are not recorded yet/),
      }),
    ]);
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
    expect(withFile('articles:\n  old: new\nsections:\n  new:\n    a: b\n')).toMatchObject({
      redirects: { articles: { old: 'new' }, sections: { new: { a: 'b' } } },
      problems: [],
    });
    expect(withFile('# nothing yet\n').redirects).toEqual(emptyRedirects);
    expect(readRedirects('/no/such/file.yaml').redirects).toEqual(emptyRedirects);
  });

  it('explains a wrong shape or broken YAML instead of throwing', () => {
    const problemOf = (text: string) =>
      withFile(text).problems.map(({ line, column, message, fix }) => `${line}:${column} ${message}. ${fix}`);
    expect(problemOf('article:\n  old: new\n')).toEqual([
      '1:1 "article" is not a part of the redirect list. The list has two parts: "articles:" (old-slug: new-slug) and "sections:" (an article\'s file name, then old-id: new-id under it)',
    ]);
    expect(problemOf('articles:\n  Old Page: new\n')).toEqual([
      '2:3 "Old Page" must be an article\'s file name without .mdx, like paying-for-an-iop. Use lower-case letters, digits and single hyphens, as in the file name',
    ]);
    expect(problemOf('articles:\n  old: [new\n')).toEqual([
      '2:1 The [ on this line is never closed with ]. Write each redirect as "old: new", indented by two spaces under "articles:", or by four under its article under "sections:"',
    ]);
    expect(problemOf('# Redirects\n- old: new\n')).toEqual([
      '2:1 The redirect list must start with "articles:" or "sections:". The list has two parts: "articles:" (old-slug: new-slug) and "sections:" (an article\'s file name, then old-id: new-id under it)',
    ]);
    expect(problemOf('articles:\n  old: [new, newer]\nsections: old-id\n')).toEqual([
      '2:3 The redirect of "old" must be the file name of one article. Write it like: old: new-article-name',
      '3:1 "sections" must list redirects, each on its own line as "old: new". The list has two parts: "articles:" (old-slug: new-slug) and "sections:" (an article\'s file name, then old-id: new-id under it)',
    ]);
  });

  it('says which entry is not indented under its article, with its line', () => {
    const problemOf = (text: string) =>
      withFile(text).problems.map(({ line, column, message, fix }) => `${line}:${column} ${message}. ${fix}`);
    expect(problemOf('sections:\n  paying-for-an-iop:\n  cost: how-much-does-an-iop-cost\n')).toEqual([
      '3:3 "cost: how-much-does-an-iop-cost" is not indented under "paying-for-an-iop:". Indent it by two more spaces than "paying-for-an-iop:", so it belongs to it',
    ]);
    expect(problemOf('articles:\nold-page: new-page\n')).toEqual([
      '2:1 "old-page: new-page" is not indented under "articles:". Indent it by two more spaces than "articles:", so it belongs to it',
    ]);
    expect(problemOf('sections:\n\tpaying-for-an-iop:\n')).toEqual([
      '2:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it',
    ]);
  });

  it('the real site: every published link still lands, and every current link is recorded', async () => {
    const { readContent } = await import('@/lib/content/loader');
    const { checkPublishedLinks } = await import('@/lib/links/published');
    const { articles } = readContent();
    expect(
      checkPublishedLinks(path.join(process.cwd(), 'content'), articles).map((problem) => problem.message),
    ).toEqual([]);
  }, 60_000);
});

describe('the content check guards published links', () => {
  it('fails, naming the lost link, when a published section disappears; an alias makes it pass', async () => {
    const { tempSite, article } = await import('../content/helpers');
    const { checkContent } = await import('@/lib/content/check');
    const site = tempSite({
      'page.mdx': article({
        title: 'The page',
        body: '## How much does it cost?\n\nText.\n\n## Who pays?\n\nMore text.',
      }),
      'published-links.txt': 'page\npage#how-much-does-it-cost\npage#who-pays\npage#what-it-costs\n',
    });
    try {
      const lost = checkContent(site.content, { today: '2026-11-27' }).problems.filter(
        (problem) => problem.severity === 'error',
      );
      expect(lost.map((problem) => problem.message)).toEqual([
        'The heading "what it costs" is gone from "The page", so its published link /learn/page#what-it-costs no longer lands anywhere',
      ]);
      writeFileSync(
        path.join(site.content, 'redirects.yaml'),
        'sections:\n  page:\n    what-it-costs: how-much-does-it-cost\n',
      );
      expect(checkContent(site.content, { today: '2026-11-27' }).errors).toBe(0);
    } finally {
      site.cleanup();
    }
  }, 60_000);
});
