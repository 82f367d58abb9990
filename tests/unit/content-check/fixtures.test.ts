// Every kind of mistake the content check knows, one broken file each (tests/fixtures/content-check),
// with the exact line an editor reads. Each file is checked in its own content folder next to the
// shared target article, glossary and image (shared/), so the checks across files work too.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '@/lib/content/check';
import { checkContentInParallel } from '@/lib/content/check-parallel';
import { formatProblem } from '@/lib/content/problems';

const fixtures = fileURLToPath(new URL('../../fixtures/content-check', import.meta.url));
/** The day the fixtures are checked on: review dates are compared with it. */
const TODAY = '2027-01-15';

const tempRoots: string[] = [];
afterAll(() => tempRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A site folder holding the shared files and the given fixtures; returns its content folder. */
function siteWith(names: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iop-content-check-'));
  tempRoots.push(root);
  cpSync(path.join(fixtures, 'shared'), root, { recursive: true });
  // Pictures made here rather than kept in the repository: one too large to load, one in a format browsers cannot show.
  writeFileSync(path.join(root, 'public/images/too-large.jpg'), Buffer.alloc(300 * 1024));
  writeFileSync(path.join(root, 'public/images/group-meeting.heic'), 'not shown by browsers');
  for (const name of names) cpSync(path.join(fixtures, name), path.join(root, 'content', name));
  return path.join(root, 'content');
}

/** The report lines, with the temporary folder shown as content/ as an editor sees it. */
function reportOf(result: CheckResult, content: string): string[] {
  const shown = path.relative(process.cwd(), content);
  return result.problems.map((problem) => formatProblem(problem).split(shown).join('content'));
}

/** Fixture file -> the exact lines the check prints for it. */
const expected: Record<string, string[]> = {
  'bad-date-format.mdx': [
    'content/bad-date-format.mdx:4:1 "lastReviewed" must be a date like 2026-11-20, got "20/11/2026". Write it like: lastReviewed: 2026-11-20.',
  ],
  'missing-field.mdx': [
    'content/missing-field.mdx:2:1 "description" is missing. Add: description: A short, plain summary of the page in 50 to 160 characters.',
  ],
  'unknown-key.mdx': [
    'content/unknown-key.mdx:13:1 "reviewdBy" is not a field an article can have. Did you mean "reviewedBy"? Check the spelling.',
  ],
  'yaml-syntax-error.mdx': [
    'content/yaml-syntax-error.mdx:3:39 The text of "description" has a colon (:) in it, so it must be in quotes. Write it like: description: "The check reads this page: it has a colon in the wrong place, so it is not valid.".',
  ],
  'mdx-syntax-error.mdx': [
    'content/mdx-syntax-error.mdx:21:1 <Callout> on line 21 is never closed. Put </Callout> on a line of its own where the box ends, with a blank line before it and after it.',
  ],
  'mdx-compile-error.mdx': [
    'content/mdx-compile-error.mdx:17:1 This is a second "export default" line (the first is on line 15). Remove the export lines: an article needs none.',
  ],
  'unknown-component.mdx': [
    'content/unknown-component.mdx:21:1 There is no component called <Calout>. Did you mean <Callout>? The components you can use are: <Callout>, <SelfCheckInvite>, <Term>, <Do>, <Dont>, <LevelsOfCare>, <ContinuumOfCare>, <TypicalWeek>, <ProgramChecklist>, <FAQ>, <Question>, <Cite>.',
  ],
  'bad-callout-type.mdx': [
    'content/bad-callout-type.mdx:21:1 <Callout type="danger"> is not a type that exists. Use one of: type="info", type="warning", type="urgent".',
  ],
  'missing-required-prop.mdx': [
    'content/missing-required-prop.mdx:21:1 <Callout> needs a type. Add type="..." (info (helpful aside), warning (get advice first) or urgent (danger: crisis numbers shown)).',
  ],
  'link-to-missing-article.mdx': [
    'content/link-to-missing-article.mdx:21:5 The link /learn/no-such-article goes to an article that does not exist. Use /learn/ and the file name of an existing article.',
  ],
  'link-to-missing-section.mdx': [
    'content/link-to-missing-section.mdx:21:5 The link /learn/target-article#no-such-section goes to a section that "Target article" does not have. Use one of its sections: #cost, #what-is-a-day-program.',
  ],
  'link-to-missing-glossary-term.mdx': [
    'content/link-to-missing-glossary-term.mdx:21:5 The link /glossary#no-such-term goes to a glossary term that does not exist. Use an id from content/glossary.yaml.',
  ],
  'term-not-in-glossary.mdx': [
    'content/term-not-in-glossary.mdx:21:3 <Term id="no-such-term"> has no glossary entry. Use an id from content/glossary.yaml, or add the term there.',
  ],
  'related-slug-missing.mdx': [
    'content/related-slug-missing.mdx:15:5 "related" lists "no-such-article", but there is no article content/no-such-article.mdx. Use the file name of an existing article, e.g. target-article.',
  ],
  'overdue-review.mdx': [
    'content/overdue-review.mdx:5:1 The page is overdue for review: "nextReview" is 2027-01-10, which is before today (2027-01-15). Review it: check every fact against its sources. Then set lastReviewed to today\'s date and nextReview to a date up to 3 years later.',
  ],
  'next-review-over-3-years.mdx': [
    'content/next-review-over-3-years.mdx:5:1 "nextReview" is more than 3 years after "lastReviewed": it must be 2029-11-20 or earlier. Write it like: nextReview: 2029-11-20.',
  ],
  'no-sources.mdx': [
    'content/no-sources.mdx:6:1 "sources" needs at least one source. Write it like: a "sources:" line, then one item per source with its id, title, publisher, url, year and type (see content/README.md).',
  ],
  'http-source.mdx': [
    'content/http-source.mdx:10:5 "sources: url" must be a web address starting with https://, got "http://www.ncbi.nlm.nih.gov/books/NBK64093/". Write it like: url: https://www.samhsa.gov/...',
  ],
  'h1-in-body.mdx': [
    'content/h1-in-body.mdx:15:1 A "#" heading is not allowed in the text: the title is the only main heading. Use "##" for a section heading, and put the page title in the "title" field.',
  ],
  'skipped-heading-level.mdx': [
    'content/skipped-heading-level.mdx:21:1 This heading skips a level: it has #### (level 4) after a ## heading (level 2). Use ### here, or add the missing level above it.',
  ],
  'duplicate-pinned-id.mdx': [
    'content/duplicate-pinned-id.mdx:25:1 The pinned section id "#cost" is used by two headings. Give each heading its own [#id], or remove the second one.',
  ],
  'image-without-alt.mdx': [
    'content/image-without-alt.mdx:21:1 This image has no alt text. Describe the picture in the square brackets: ![A week planner with three sessions](/images/week.png).',
  ],
  'image-file-missing.mdx': [
    'content/image-file-missing.mdx:21:1 The image "/images/no-such-picture.png" does not exist. Add the file public/images/no-such-picture.png, or fix the name.',
  ],
  // Citations (content/README.md, "Citing sources").
  'cite-unknown-source.mdx': [
    'content/cite-unknown-source.mdx:15:20 <Cite id="samhsa-tip-74"> names a source this article does not list. Did you mean <Cite id="samhsa-tip-47" />? Use the id of one of the sources at the top of the file: samhsa-tip-47.',
  ],
  'cite-on-own-line.mdx': [
    'content/cite-on-own-line.mdx:21:1 <Cite id="samhsa-tip-47"> is on a line of its own. Put it straight after the full stop of the sentence it supports, on the same line, like: ...since 2024.<Cite id="medicare-iop" />.',
  ],
  'provider-source-without-note.mdx': [
    'content/provider-source-without-note.mdx:7:5 The source "samhsa-tip-47" is a provider or company, and a sentence with a number relies on it, but it has no note. Add a "note" that tells readers whose figures these are, e.g. note: Study run by the company that offers the program.',
  ],
  'bad-source-type.mdx': [
    'content/bad-source-type.mdx:12:5 "sources: type" must be one of government, peer-reviewed, professional-body, provider, news, law, got "blog". Write it like: type: government.',
  ],
  'duplicate-source-id.mdx': [
    'content/duplicate-source-id.mdx:13:5 Two sources have the id "samhsa-tip-47". Give each source its own id, and cite each by its own id.',
  ],
  'bad-change-date.mdx': [
    'content/bad-change-date.mdx:14:5 "changes: date" must be a date like 2026-11-20, got "30/11/2026". Write it like: date: 2026-11-30.',
  ],
  // Parser errors in plain words: each is one message, on its line and column, with the line to write.
  'colon-in-title.mdx': [
    'content/colon-in-title.mdx:2:13 The text of "title" has a colon (:) in it, so it must be in quotes. Write it like: title: "Costs: what to expect".',
  ],
  'tab-in-frontmatter.mdx': [
    'content/tab-in-frontmatter.mdx:9:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it.',
  ],
  'curly-quotes-in-component.mdx': [
    'content/curly-quotes-in-component.mdx:21:15 The quotes around a setting are curly quotes (“), which a word processor puts in. Use straight quotes: <Callout type="info">.',
  ],
  'closing-tag-after-text.mdx': [
    'content/closing-tag-after-text.mdx:23:50 </Callout> is on the same line as text. Put </Callout> on a line of its own, with a blank line before it and after it.',
  ],
  'less-than-sign.mdx': [
    'content/less-than-sign.mdx:21:24 A "<" in the text starts a component, and none starts here. To show the sign itself, write \\< (for example "\\<5 hours").',
  ],
  // More caught: a box inside a sentence, template text, pictures.
  'component-inside-sentence.mdx': [
    'content/component-inside-sentence.mdx:21:17 <Callout> is inside a sentence, but it is a block that stands on its own. Put <Callout> and </Callout> each on a line of its own, with a blank line before and after each.',
  ],
  'template-text-left.mdx': [
    'content/template-text-left.mdx:4:14 This is the new-article template\'s text, not yours: "Describe this page in one or two plain sentences of 50 to..." (template text is also on lines 27, 30, 32, 35, 37). Replace it with your own words: readers would see it.',
  ],
  'image-too-large.mdx': [
    'content/image-too-large.mdx:21:1 The image "/images/too-large.jpg" is 300 KB, more than the 200 KB a page may load for one picture. Make it smaller: at most 1200 pixels wide, saved as .jpg or .webp at medium quality (see public/images/README.md).',
  ],
  'image-wrong-format.mdx': [
    'content/image-wrong-format.mdx:21:1 The image "/images/group-meeting.heic" is not in a format every browser shows. Save it as .jpg, .jpeg, .png, .webp, .svg (a photo as .jpg, a diagram as .svg or .png).',
  ],
  'uncited-claim.mdx': [
    'content/uncited-claim.mdx:19:40 This sentence has "3" but does not say where it comes from: "Most programs meet 3 days a week, for about 3 hours each time". Add <Cite id="..." /> after its full stop, with the id of the source it comes from (samhsa-tip-47), or write it without the claim. See "Citing sources" in content/README.md.',
  ],
  // Warnings: printed, but the check passes.
  'misspelt-word.mdx': [
    'content/misspelt-word.mdx:21:15 warning: "recieve" may be misspelt. Did you mean "receive"? If it is spelt right (a name or a medical term), add it to content/spelling-words.txt, one word a line.',
  ],
  'source-not-cited.mdx': [
    'content/source-not-cited.mdx:13:5 warning: The source "medicare-iop" is listed but no sentence cites it. Add <Cite id="medicare-iop" /> after the sentence that relies on it, or remove it from "sources".',
  ],
  'review-due-soon.mdx': [
    'content/review-due-soon.mdx:5:1 warning: The page is due for review in 36 days (nextReview: 2027-02-20). Review it against its sources before then, and set new lastReviewed and nextReview dates.',
  ],
  'readability-above-target.mdx': [
    'content/readability-above-target.mdx:15:1 warning: The reading level is above the target: Flesch-Kincaid grade 40.2 (target 8 or lower), SMOG 21.8 (target 9 or lower). The longest sentences are on line 15 (16 words) and line 19 (14 words). Use shorter sentences (20 words or fewer) and everyday words, then run npm run readability -- content/readability-above-target.mdx to see the new scores.',
  ],
  'repeated-heading.mdx': [
    'content/repeated-heading.mdx:25:1 warning: The heading "Who pays" is used twice in the same part of the page (first on line 21). Reword one of them so readers can tell them apart, or pin this one\'s section link, e.g. "## Who pays [#who-pays-2]".',
  ],
};

/** glossary/ fixture -> the exact lines the check prints when it is the site's content/glossary.yaml. */
const expectedGlossary: Record<string, string[]> = {
  'related-slug-missing.yaml': [
    'content/glossary.yaml:4:29 The entry "php": "related" lists "target-artcle", but there is no article content/target-artcle.mdx. Did you mean "target-article"? Use the file name of an existing article, or remove it from "related".',
    'content/glossary.yaml:9:7 The entry "iop": "related" lists "no-such-article", but there is no article content/no-such-article.mdx. Use the file name of an existing article, or remove it from "related".',
  ],
  'duplicate-id.yaml': [
    'content/glossary.yaml:4:3 The glossary id "php" is used twice (first on line 1). Give each entry its own id.',
  ],
};

/** pages/ fixture -> the exact lines the check prints when it is a page in content/pages (like about.mdx). */
const expectedPages: Record<string, string[]> = {
  'link-to-missing-article.mdx': [
    'content/pages/link-to-missing-article.mdx:5:6 The link /learn/no-such-article goes to an article that does not exist. Use /learn/ and the file name of an existing article.',
  ],
  'term-not-in-glossary.mdx': [
    'content/pages/term-not-in-glossary.mdx:5:19 <Term id="no-such-term"> has no glossary entry. Use an id from content/glossary.yaml, or add the term there.',
  ],
  'mdx-syntax-error.mdx': [
    'content/pages/mdx-syntax-error.mdx:3:1 <Callout> on line 3 is never closed. Put </Callout> on a line of its own where the box ends, with a blank line before it and after it.',
  ],
};

describe('the fixture folder', () => {
  it('has one file per mistake in the table, and the table one entry per file', () => {
    const files = readdirSync(fixtures)
      .filter((name) => name.endsWith('.mdx'))
      .sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(readdirSync(path.join(fixtures, 'glossary')).sort()).toEqual(Object.keys(expectedGlossary).sort());
    expect(readdirSync(path.join(fixtures, 'pages')).sort()).toEqual(Object.keys(expectedPages).sort());
  });

  it('shared/ alone passes with no warnings', () => {
    const result = checkContent(siteWith([]), { today: TODAY });
    expect(result).toMatchObject({ errors: 0, warnings: 0, files: 1 });
  });
});

describe('each fixture gives exactly its message', () => {
  it.each(Object.entries(expected))('%s', (name, lines) => {
    const content = siteWith([name]);
    const result = checkContent(content, { today: TODAY });
    expect(reportOf(result, content)).toEqual(lines);
    const warningsOnly = lines.every((line) => / warning: /.test(line));
    expect(result.errors).toBe(warningsOnly ? 0 : lines.length);
    expect(result.warnings).toBe(warningsOnly ? lines.length : 0);
  });
});

describe('each glossary fixture, as content/glossary.yaml, gives exactly its messages', () => {
  it.each(Object.entries(expectedGlossary))('%s', (name, lines) => {
    const content = siteWith([]);
    cpSync(path.join(fixtures, 'glossary', name), path.join(content, 'glossary.yaml'));
    const result = checkContent(content, { today: TODAY });
    expect(reportOf(result, content)).toEqual(lines);
    expect(result.errors).toBe(lines.length);
  });

  it('a related article that cannot be read: the glossary waits for it', () => {
    const content = siteWith(['missing-field.mdx']);
    writeFileSync(
      path.join(content, 'glossary.yaml'),
      '- id: php\n  term: Day program\n  definition: A program you go to most of the day.\n  related: [missing-field]\n',
    );
    const result = checkContent(content, { today: TODAY });
    expect(reportOf(result, content)).toEqual(expected['missing-field.mdx']);
    expect(result.hidden).toEqual([
      { file: path.relative(process.cwd(), path.join(content, 'missing-field.mdx')), count: 1, elsewhere: true },
    ]);
  });
});

describe('each page fixture, in content/pages, gives exactly its messages', () => {
  it.each(Object.entries(expectedPages))('%s', (name, lines) => {
    const content = siteWith([]);
    cpSync(path.join(fixtures, 'pages', name), path.join(content, 'pages', name));
    const result = checkContent(content, { today: TODAY });
    expect(reportOf(result, content)).toEqual(lines);
    expect(result.errors).toBe(lines.length);
  });

  it('a page linking to a term of a glossary.yaml that cannot be read: the page waits for it', () => {
    const content = siteWith([]);
    cpSync(
      path.join(fixtures, 'pages', 'term-not-in-glossary.mdx'),
      path.join(content, 'pages', 'term-not-in-glossary.mdx'),
    );
    writeFileSync(path.join(content, 'glossary.yaml'), '- id: php\n\tterm: Day program\n');
    const lines = reportOf(checkContent(content, { today: TODAY }), content);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/glossary\.yaml:2:1 This line has a tab in it/);
  });
});

describe('all the fixtures in one folder', { timeout: 60_000 }, () => {
  const names = Object.keys(expected);
  const all = Object.values(expected).flat().sort();

  it('give every message (no fixture hides another) and fail the check', () => {
    const content = siteWith(names);
    const result = checkContent(content, { today: TODAY });
    // The fix suggests the first other article in reading order, which here is another fixture.
    const suggested = all.map((line) => line.replace('e.g. target-article', 'e.g. template-text-left'));
    expect(reportOf(result, content).sort()).toEqual(suggested);
    expect(result.errors).toBe(all.filter((line) => !/ warning: /.test(line)).length);
  });

  it('give the same report when worker threads share the files (npm run content:check on many files)', async () => {
    const content = siteWith(names);
    const together = checkContent(content, { today: TODAY });
    const parallel = await checkContentInParallel(content, { today: TODAY, workers: 1 });
    expect(parallel).toEqual(together);
  });
});
