// `npm run new -- "Article title"`: the text of a new article. Every frontmatter field is filled in
// with a value that passes the content check, and the body tells the editor what to write where.
// Pure: scripts/new-article.ts reads the folder, picks the order and section, and writes the file.
import { slug } from 'github-slugger';
import { stringify } from 'yaml';
import type { Problem } from './problems';
import { addYears, MAX_YEARS_BETWEEN_REVIEWS } from './review';

export interface NewArticleOptions {
  /** The title, as the editor typed it. */
  title: string;
  /** Today as YYYY-MM-DD: the first review is today, the next one 3 years on. */
  today: string;
  /** The home-page section; `sections` lists the ones that exist, for the comment. */
  section: string;
  sections?: string[];
  /** The place in the reading order (usually one more than the last article's). */
  order: number;
}

/** Valid (50 to 160 characters) so the new file can be previewed, but plainly a request to rewrite it. */
export const placeholderDescription = 'Describe this page in one or two plain sentences of 50 to 160 characters for cards and previews.';

/**
 * The template's words that readers must never see: the content check fails a file that still has any of them
 * (the preview shows them, so an editor can write around them). Each is on one line of the template.
 */
export const templateText = [
  placeholderDescription,
  'Replace this with two or three short sentences that answer the title.',
  'Write the first question a reader would ask',
  'Change this heading to a question a reader would ask, in their own words.',
  'Write the next question',
  'Add as many parts as you need, each with a "##" heading.',
] as const;

/** The file name for a title: lower-case letters, digits and single hyphens ("Costs: what to expect" -> costs-what-to-expect). */
export function slugFor(title: string): string {
  return slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A YAML value on one line, quoted only when it needs to be (a title with a colon, say). */
const yamlValue = (value: string | number) => stringify(value, { lineWidth: 0 }).trim();

export function newArticle({ title, today, section, sections = [], order }: NewArticleOptions): { slug: string; text: string } {
  const name = slugFor(title);
  if (!name) throw new Error(`The title "${title}" has no letters or digits to make a file name from`);
  const text = `---
title: ${yamlValue(title.trim())}
# Rewrite this: one or two plain sentences, 50 to 160 characters. It is shown on cards and in link previews.
description: ${placeholderDescription}
# The group on the home page${sections.length ? `: ${sections.join(', ')}` : ''}.
section: ${yamlValue(section)}
# The place in the reading order (1 comes first).
order: ${order}
# The day you last checked the whole page against its sources, and when it must be checked again
# (at most ${MAX_YEARS_BETWEEN_REVIEWS} years later).
lastReviewed: ${today}
nextReview: ${addYears(today, MAX_YEARS_BETWEEN_REVIEWS)}
# Other articles to suggest at the end, one per line like "  - what-is-an-iop". [] means none.
related: []
# Replace this with the sources you used. Each one needs an id (a short name you cite it by in the text),
# a title, publisher, url (starting with https://), year and type: government, peer-reviewed,
# professional-body, provider, news or law. Add a note if readers should know something about it.
sources:
  - id: findtreatment
    title: FindTreatment.gov
    publisher: Substance Abuse and Mental Health Services Administration (SAMHSA)
    url: https://findtreatment.gov
    year: ${today.slice(0, 4)}
    type: government
---

${templateText[1]} Say who the page is for. Use
everyday words, and keep each sentence to twenty words or fewer.

## ${templateText[2]}

${templateText[3]} Then answer it here. Keep to
one idea in each paragraph. Every fact needs a source: name it straight after the full stop, like this.<Cite id="findtreatment" />

## ${templateText[4]}

${templateText[5]} When you are done, read the page out loud. If a
sentence is hard to say, make it shorter.

{/* Sources go in the frontmatter at the top of this file, under "sources:". In the text, cite one with <Cite id="..." /> after the sentence it supports. See content/README.md. */}
`;
  return { slug: name, text };
}

/** Template text still in a file: one error at the first place, naming the text and the other lines it is on. */
export function templateProblems(file: string, source: string): Problem[] {
  const found = source
    .split(/\r?\n/)
    .flatMap((line, index) => templateText.filter((text) => line.includes(text)).map((text) => ({ text, line: index + 1, column: line.indexOf(text) + 1 })));
  const [first, ...rest] = found;
  if (!first) return [];
  const excerpt = first.text.length > 60 ? `${first.text.slice(0, 57).trimEnd()}...` : first.text;
  return [
    {
      file,
      line: first.line,
      column: first.column,
      severity: 'error',
      message: `This is the new-article template's text, not yours: "${excerpt}"${rest.length ? ` (template text is also on line${rest.length === 1 ? '' : 's'} ${rest.map((place) => place.line).join(', ')})` : ''}`,
      fix: 'Replace it with your own words: readers would see it',
    },
  ];
}
