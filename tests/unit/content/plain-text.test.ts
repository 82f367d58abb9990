import { describe, expect, it } from 'vitest';
import { proseBlocks, proseOf } from '@/lib/content/plain-text';

const article = `---
title: A test article
sources:
  - title: Frontmatter source title that should never be scored
    url: https://example.org/source
---
import { Something } from './somewhere';

export const meta = { hidden: 'exported value' };

Plain paragraph with a [link text](/learn/x) and \`inlineCodeSpan\` inside.

## A heading without a full stop

\`\`\`js
const codeBlockValue = 'never scored';
\`\`\`

| Column header | Other |
| --- | --- |
| table cell text | more cells |

- first list item
- second list item ends here.

{hiddenExpression}

<Callout type="info" title="Callout title here">
Text inside the callout with a <Term id="php">glossary term</Term>.
</Callout>

<FAQ>
<Question q="Is this the question">

This is the answer.

</Question>
</FAQ>
`;

describe('proseOf', () => {
  const prose = proseOf(article);

  it('drops frontmatter, imports, exports, code, inline code, expressions and tables', () => {
    for (const hidden of ['A test article', 'Frontmatter source', 'example.org', 'somewhere', 'exported value', 'inlineCodeSpan', 'codeBlockValue', 'never scored', 'Column header', 'table cell', 'hiddenExpression']) {
      expect(prose).not.toContain(hidden);
    }
  });

  it('keeps paragraphs, link text, list items, callout text and titles, glossary terms and Question q', () => {
    for (const shown of ['Plain paragraph with a link text and', 'first list item', 'Text inside the callout with a glossary term.', 'Callout title here', 'Is this the question', 'This is the answer.']) {
      expect(prose).toContain(shown);
    }
  });

  it('ends every heading, list item and question as its own sentence', () => {
    const blocks = proseBlocks(article);
    expect(blocks).toContain('A heading without a full stop.');
    expect(blocks).toContain('first list item.');
    expect(blocks).toContain('second list item ends here.');
    expect(blocks).toContain('Is this the question.');
    for (const block of blocks) expect(block).toMatch(/[.?!]["'”’)\]]*$/);
  });

  it('keeps a question mark or exclamation mark and adds no full stop after it', () => {
    expect(proseBlocks('## Is it safe?\n\n## Get help now!\n\n- Ask: "Is it safe?"\n')).toEqual(['Is it safe?', 'Get help now!', 'Ask: "Is it safe?"']);
  });

  it('turns a paragraph that introduces a list into a sentence of its own', () => {
    expect(proseBlocks('Ask these questions:\n\n- How long is it\n')).toEqual(['Ask these questions.', 'How long is it.']);
  });

  it('gives one line per block', () => {
    expect(proseOf('## Heading\n\nOne. Two.\n')).toBe('Heading.\nOne. Two.');
  });

  it('keeps the words inside components and a Callout\'s title, and a tag named like an object property is only a tag', () => {
    expect(proseBlocks('<Callout type="info" title="Before you start">\n\nCall first.\n\n</Callout>\n')).toEqual(['Before you start.', 'Call first.']);
    expect(proseBlocks('<constructor>\n\nPlain words\n\n</constructor>\n\n<toString>\n\nMore words\n\n</toString>\n')).toEqual(['Plain words.', 'More words.']);
  });

  it('reads a line break inside a paragraph as a space, and drops inline code and {expressions} from a sentence', () => {
    expect(proseBlocks('One line\\\nnext `code` line {1 + 1} ends.\n')).toEqual(['One line next line ends.']);
  });
});
