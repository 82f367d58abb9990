// `npm run new`: the template can be previewed, the check fails until its text is replaced, and the command refuses to overwrite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { newArticle, placeholderDescription, slugFor, templateText } from '@/lib/content/new-article';
import { todayIso } from '@/lib/content/review';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the real content folder (articles and glossary.yaml) in a temporary site folder. */
function siteCopy(): { root: string; content: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iop-new-article-'));
  roots.push(root);
  cpSync(path.join(repo, 'content'), path.join(root, 'content'), { recursive: true });
  if (existsSync(path.join(repo, 'public')))
    cpSync(path.join(repo, 'public'), path.join(root, 'public'), { recursive: true });
  return { root, content: path.join(root, 'content') };
}

const runNew = (cwd: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'scripts/new-article.ts'), ...args],
    { cwd, encoding: 'utf8' },
  );

describe('slugFor', () => {
  it('makes a file name of lower-case letters, digits and single hyphens', () => {
    expect(slugFor('What is an IOP?')).toBe('what-is-an-iop');
    expect(slugFor('Costs: what -- to expect')).toBe('costs-what-to-expect');
    expect(slugFor('  Café & crème  ')).toBe('cafe-creme');
    expect(slugFor('IOP vs. PHP (2026)')).toBe('iop-vs-php-2026');
    expect(slugFor('???')).toBe('');
  });
});

describe('newArticle', () => {
  const { slug, text } = newArticle({
    title: 'Costs: what to expect',
    today: '2024-02-29',
    section: 'Getting help',
    sections: ['Understanding IOP', 'Getting help'],
    order: 7,
  });

  it('fills in every frontmatter field with a valid value', () => {
    expect(slug).toBe('costs-what-to-expect');
    const { data, problems } = parseFrontmatter('content/costs-what-to-expect.mdx', text);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      title: 'Costs: what to expect',
      description: placeholderDescription,
      section: 'Getting help',
      order: 7,
      lastReviewed: '2024-02-29',
      nextReview: '2027-03-01', // 3 years on: there is no 29 February in 2027
      related: [],
      sources: [
        {
          id: 'findtreatment',
          title: 'FindTreatment.gov',
          publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
          url: 'https://findtreatment.gov',
          year: 2024,
          type: 'government',
        },
      ],
    });
  });

  it('has a summary, two question headings with guidance, and a note about sources', () => {
    const body = text.split('\n---\n')[1]!;
    expect(body.match(/^## /gm)).toHaveLength(2);
    expect(body).toMatch(/^Replace this with two or three short sentences/m);
    expect(body).toContain('Sources go in the frontmatter');
    expect(body).toContain('<Cite id="findtreatment" />');
  });

  it('refuses a title with nothing to make a file name from', () => {
    expect(() => newArticle({ title: '???', today: '2026-11-20', section: 'Questions', order: 1 })).toThrow(
      /no letters or digits/,
    );
  });
});

describe('npm run new', () => {
  it('creates a file next in the reading order that the check fails until its template text is replaced, and says what to do next', () => {
    const { root, content } = siteCopy();
    // The reading order and article count of the content as it is now: the new page comes next.
    const existing = readdirSync(content).filter((name) => name.endsWith('.mdx'));
    const lastOrder = Math.max(
      ...existing.map((name) =>
        Number(parseFrontmatter(name, readFileSync(path.join(content, name), 'utf8')).data?.order ?? 0),
      ),
    );
    const run = runNew(root, 'How long does an IOP last?');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created content/how-long-does-an-iop-last.mdx.');
    expect(run.stdout).toContain('npm run content:check');
    expect(run.stdout).toContain('http://localhost:3000/learn/how-long-does-an-iop-last');

    const text = readFileSync(path.join(content, 'how-long-does-an-iop-last.mdx'), 'utf8');
    const { data } = parseFrontmatter('new.mdx', text);
    expect(data).toMatchObject({ title: 'How long does an IOP last?', lastReviewed: todayIso(), order: lastOrder + 1 });

    // The template itself is valid, so the page can be previewed, but the check names the words readers must not see.
    const untouched = checkContent(content);
    expect(
      untouched.problems
        .filter((problem) => problem.severity === 'error')
        .map(({ file, line, message }) => ({ file: path.basename(file), line, message })),
    ).toEqual([
      {
        file: 'how-long-does-an-iop-last.mdx',
        line: 4,
        message:
          'This is the new-article template\'s text, not yours: "Describe this page in one or two plain sentences of 50 to..." (template text is also on lines 27, 30, 32, 35, 37)',
      },
    ]);

    // Written: each piece of template text replaced by the editor's own words.
    const own = [
      'A plain answer about how long programs last, and what sets the length of yours.',
      'Most programs last a few weeks.',
      'How long will I go?',
      'It depends on how you are doing.',
      'What happens at the end?',
      'You and the team plan the next step.',
    ];
    const written = templateText.reduce((file, text, index) => file.replace(text, own[index]!), text);
    writeFileSync(path.join(content, 'how-long-does-an-iop-last.mdx'), written);
    const result = checkContent(content);
    // Passes: the only note is the reminder to record the new page's links when it is published.
    expect(result.errors).toBe(0);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^3 new links are not recorded yet \(\/learn\/how-long-does-an-iop-last, /),
    ]);
    expect(result.files).toBe(existing.length + 1);
  });

  it('refuses to overwrite an existing file', () => {
    const { root, content } = siteCopy();
    const before = readFileSync(path.join(content, 'faq.mdx'), 'utf8');
    const run = runNew(root, 'FAQ');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'content/faq.mdx already exists, so nothing was written. Open that file to change it, or choose a different title.',
    );
    expect(readFileSync(path.join(content, 'faq.mdx'), 'utf8')).toBe(before);
  });

  it('asks for a title when none is given', () => {
    const { root } = siteCopy();
    const run = runNew(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run new -- "How long does an IOP last?"');
  });

  it('refuses a title without letters', () => {
    const { root, content } = siteCopy();
    writeFileSync(path.join(content, 'notes.txt'), 'not an article');
    const run = runNew(root, '???');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'The title "???" has no letters or digits to make a file name from. Use a title with words in it.',
    );
  });
});
