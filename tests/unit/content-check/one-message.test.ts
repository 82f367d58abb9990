// One mistake, one message: a small published site (tests/fixtures/content-check/published-site) that other
// pages link to, broken one way at a time as an editor would break it. The report's first and only error line
// names the file and line of the mistake; what only follows from it in other files is held back and counted.
// Also: `npm run review-due` and `npm run terms` on the same site.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '@/lib/content/check';
import { ContentError } from '@/lib/content/problems';
import { readContent } from '@/lib/content/loader';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const site = path.join(repo, 'tests/fixtures/content-check/published-site');
const TODAY = '2027-01-15';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the site with one file changed by `edit`; returns its content folder. */
function broken(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iop-one-message-'));
  roots.push(root);
  cpSync(site, root, { recursive: true });
  const full = path.join(root, 'content', file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changes the file').not.toBe(before);
  writeFileSync(full, after);
  return path.join(root, 'content');
}

/** The report an editor reads, with the temporary folder shown as content/. */
function report(content: string): string[] {
  const shown = path.relative(process.cwd(), content);
  return formatReport(checkContent(content, { today: TODAY }))
    .split(shown)
    .join('content')
    .split('\n');
}

const failed = (errors: number) =>
  `Content check failed: ${errors} error${errors === 1 ? '' : 's'} and 0 warnings in content/. Fix the errors above, then run the check again.`;

describe('one mistake in a published article gives one message', () => {
  it('the site passes as it is', () => {
    expect(report(path.join(site, 'content'))).toEqual(['Content check passed: 2 articles, 0 warnings.']);
  });

  it('a date written the wrong way: its line only, and the links to the article wait', () => {
    const content = broken('costs.mdx', (text) => text.replace('lastReviewed: 2026-11-20', 'lastReviewed: 20/11/2026'));
    expect(report(content)).toEqual([
      'content/costs.mdx:4:1 "lastReviewed" must be a date like 2026-11-20, got "20/11/2026". Write it like: lastReviewed: 2026-11-20.',
      '  5 follow-on problems in other files are hidden until this is fixed.',
      failed(1),
    ]);
  });

  it('an unclosed <Callout>: its line only, and its published sections wait', () => {
    const content = broken('costs.mdx', (text) => text.replace('\n</Callout>\n', '\n'));
    expect(report(content)).toEqual([
      'content/costs.mdx:21:1 <Callout> on line 21 is never closed. Put </Callout> on a line of its own where the box ends, with a blank line before it and after it.',
      '  5 follow-on problems are hidden until this is fixed.',
      failed(1),
    ]);
  });

  it('a colon in an unquoted title, and the same title pasted with curly quotes', () => {
    const colon = broken('costs.mdx', (text) =>
      text.replace('title: Paying for care', 'title: Paying: what care costs'),
    );
    expect(report(colon)).toEqual([
      'content/costs.mdx:2:14 The text of "title" has a colon (:) in it, so it must be in quotes. Write it like: title: "Paying: what care costs".',
      '  5 follow-on problems in other files are hidden until this is fixed.',
      failed(1),
    ]);
    const curly = broken('costs.mdx', (text) =>
      text.replace('title: Paying for care', 'title: “Paying: what care costs”'),
    );
    expect(report(curly)[0]).toBe(
      'content/costs.mdx:2:15 The text of "title" has a colon (:) in it, so it must be in quotes, and its curly quotes (“ ”) do not count. Use straight quotes ("), not the curly ones a word processor puts in: title: "Paying: what care costs".',
    );
  });

  it('a tab in the frontmatter: one message, not one per line it upsets', () => {
    const content = broken('costs.mdx', (text) => text.replace(/\n {4}/g, '\n\t  '));
    expect(report(content)).toEqual([
      'content/costs.mdx:8:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it.',
      '  5 follow-on problems in other files are hidden until this is fixed.',
      failed(1),
    ]);
  });

  it('a reworded heading: the heading that changed, its line and its old words', () => {
    const content = broken('costs.mdx', (text) => text.replace('## Who pays?', '## Who pays for it?'));
    expect(report(content)).toEqual([
      'content/costs.mdx:27:1 The heading "Who pays?" was changed to "Who pays for it?", so its published link /learn/costs#who-pays no longer lands anywhere. People have shared that link: keep it by pinning the old id on this heading, "## Who pays for it? [#who-pays]". If the section was removed instead, add "who-pays: <id of the section that covers it now>" under "sections: costs:" in content/redirects.yaml.',
      'content/other.mdx:21:6 The link /learn/costs#who-pays goes to a section that "Paying for care" does not have. Use one of its sections: #how-much-does-it-cost, #who-pays-for-it.',
      'content/published-links.txt warning: 1 new link is not recorded yet (/learn/costs#who-pays-for-it). Run npm run links:record before publishing, so these links are protected too.',
      'Content check failed: 2 errors and 1 warning in content/. Fix the errors above, then run the check again.',
    ]);
  });

  it('the page loader (and so the build and the preview) holds back the same follow-on problems', () => {
    const content = broken('costs.mdx', (text) => text.replace('lastReviewed: 2026-11-20', 'lastReviewed: 20/11/2026'));
    const shown = path.relative(process.cwd(), content);
    const error = new ContentError(readContent(content).problems);
    expect(error.message.split(shown).join('content').split('\n')).toEqual([
      '1 content problem must be fixed before the site can be built:',
      'content/costs.mdx:4:1 "lastReviewed" must be a date like 2026-11-20, got "20/11/2026". Write it like: lastReviewed: 2026-11-20.',
      '  3 follow-on problems in other files are hidden until this is fixed.',
    ]);
  });
});

describe("one mistake in the site's other files gives one message", () => {
  it('a tab in glossary.yaml: the terms that use it wait', () => {
    const content = broken('glossary.yaml', (text) => text.replace('  term: Partial', '\tterm: Partial'));
    expect(report(content)).toEqual([
      'content/glossary.yaml:2:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it.',
      '  1 follow-on problem in other files is hidden until this is fixed.',
      failed(1),
    ]);
  });

  it('a wrongly indented redirects.yaml entry: its line, and the links it kept wait', () => {
    const content = broken('redirects.yaml', (text) => text.replace('    what-it-costs', '  what-it-costs'));
    expect(report(content)).toEqual([
      'content/redirects.yaml:3:3 "what-it-costs: how-much-does-it-cost" is not indented under "costs:". Indent it by two more spaces than "costs:", so it belongs to it.',
      '  1 follow-on problem in other files is hidden until this is fixed.',
      failed(1),
    ]);
  });
});

describe('editor commands on the same site', () => {
  const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');
  const run = (script: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [tsx, path.join(repo, 'scripts', script), path.join(site, 'content')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const shown = path.relative(repo, path.join(site, 'content'));

  it('npm run review-due lists the pages past or within 60 days of nextReview, soonest first', () => {
    const due = run('review-due.ts', { CONTENT_CHECK_TODAY: '2029-11-25' });
    expect(due.stderr).toBe('');
    expect(due.stdout.split(shown).join('content')).toBe(
      [
        'Pages due for review in the next 60 days, soonest first (today is 2029-11-25):',
        '',
        '  2029-11-20  overdue by 5 days  content/costs.mdx  "Paying for care"',
        '  2029-12-01  due in 6 days      content/other.mdx  "Another page"',
        '',
        '2 pages are due, 1 of them overdue (the site cannot be published until it is reviewed). To review a page, see "Review an article" in content/README.md.',
        '',
      ].join('\n'),
    );
    expect(run('review-due.ts', { CONTENT_CHECK_TODAY: '2029-09-01' }).stdout.split(shown).join('content')).toBe(
      'No page is due for review in the next 60 days (today is 2029-09-01). The next one is content/costs.mdx ("Paying for care") on 2029-11-20.\n',
    );
  });

  it('npm run terms lists every glossary id and its term, by id', () => {
    const terms = run('terms.ts');
    expect(terms.status).toBe(0);
    expect(terms.stdout.split(shown).join('content')).toBe(
      [
        '2 terms in content/glossary.yaml. Use an id in <Term id="..."> or in a link to /glossary#id.',
        '',
        '  id   term',
        '  iop  Intensive outpatient program (IOP)',
        '  php  Partial hospitalization program (PHP)',
        '',
      ].join('\n'),
    );
  });
});
