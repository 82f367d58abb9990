// The editor's guide (content/README.md) keeps up with the code: every field, every component and
// every npm script it tells editors to run exists, and each of them is in the guide.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { mdxComponentNames, mdxComponentRules } from '@/lib/content/components';
import { frontmatterFields } from '@/lib/content/schema';

const guide = readFileSync(new URL('../../../content/README.md', import.meta.url), 'utf8');
const scripts = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
);

describe("the editor's guide", () => {
  it('explains every frontmatter field in its table', () => {
    for (const field of frontmatterFields) expect(guide, field).toContain(`| \`${field}\` |`);
  });

  it('shows every component with an example, and every required setting', () => {
    for (const name of mdxComponentNames) {
      expect(guide, name).toMatch(new RegExp(`\`\`\`mdx[^\`]*<${name}[ />]`));
      for (const [prop, rule] of Object.entries(
        mdxComponentRules[name].props as Record<string, { required?: boolean }>,
      )) {
        if (rule.required) expect(guide, `${name} ${prop}`).toMatch(new RegExp(`<${name} [^>]*${prop}="`));
      }
    }
  });

  it('names the editor commands it explains', () => {
    for (const script of ['content:check', 'new', 'dev', 'review-due', 'terms', 'links:record', 'readability'])
      expect(guide, script).toContain(`npm run ${script}`);
  });

  it('only tells editors to run scripts that exist', () => {
    const used = [...guide.matchAll(/npm run ([a-z:-]+[a-z])/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const script of used) expect(scripts, script).toContain(script);
  });

  it('has examples that pass the content check', { timeout: 60_000 }, () => {
    const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const frontmatter = [...guide.matchAll(/```yaml\n(---\n[\s\S]*?---\n)```/g)].map((match) => match[1]!);
    expect(frontmatter).toHaveLength(1);
    const root = mkdtempSync(path.join(os.tmpdir(), 'iop-guide-'));
    try {
      mkdirSync(path.join(root, 'content'));
      // The real glossary, without its "related" lists: the articles they name are not in this folder.
      const glossary = readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8');
      writeFileSync(path.join(root, 'content/glossary.yaml'), glossary.replace(/^ {2}related: \[.*\]\n/gm, ''));
      const body = ['Some plain text.', '## The examples', ...examples].join('\n\n');
      writeFileSync(
        path.join(root, 'content/example.mdx'),
        `${frontmatter[0]!.replace(/related:\n(?: {2}- .*\n)+/, '')}\n${body}`,
      );
      const result = checkContent(path.join(root, 'content'), { today: '2027-01-15' });
      expect(
        result.problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => `${problem.line}: ${problem.message}`),
      ).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
