// The frontmatter schema: the one description of what an article file must say at its top.
// Every message here is read by editors, so each says what is wrong and what a good value looks like.
import { z } from 'zod';
import { addYears, MAX_YEARS_BETWEEN_REVIEWS } from './review';

const show = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `"${value.toISOString().slice(0, 10)}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `"${String(value)}"`;
};

/** A required piece of text; `example` shows the editor what a good value looks like. */
const text = (field: string, example: string) =>
  z
    .string({ error: (issue) => `"${field}" must be text like "${example}", got ${show(issue.input)}` })
    .trim()
    .min(1, { error: `"${field}" is empty. Write something like "${example}"` });

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** A calendar date written YYYY-MM-DD (YAML reads it as text; a Date is accepted too). */
const isoDate = (field: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: (issue) => `"${field}" must be a date like 2026-11-20, got ${show(issue.input)}` })
      .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
        error: (issue) => `"${field}" must be a date like 2026-11-20, got ${show(issue.input)}`,
      }),
  );

const isComparable = (...values: unknown[]) =>
  values.every((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value));

const currentYear = new Date().getFullYear();

export const sourceSchema = z.strictObject(
  {
    /** The title of the page, report or paper, as its publisher writes it. */
    title: text('sources: title', 'Substance Abuse Intensive Outpatient Programs: Assessing the Evidence'),
    /** Who published it: the agency, journal or organisation (e.g. SAMHSA, Medicare.gov, Psychiatric Services). */
    publisher: text('sources: publisher', 'SAMHSA'),
    /** The address where a reader can check it. Must start with https:// */
    url: z
      .string({ error: (issue) => `"sources: url" must be a web address starting with https://, got ${show(issue.input)}` })
      .refine((value) => /^https:\/\/[^\s/$.?#].[^\s]*$/i.test(value), {
        error: (issue) => `"sources: url" must be a web address starting with https://, got ${show(issue.input)}`,
      }),
    /** The year it was published or last updated, as a number (e.g. 2021). */
    year: z
      .number({ error: (issue) => `"sources: year" must be a year like 2021, got ${show(issue.input)}` })
      .int({ error: (issue) => `"sources: year" must be a year like 2021, got ${show(issue.input)}` })
      .min(1900, { error: (issue) => `"sources: year" must be a year like 2021, got ${show(issue.input)}` })
      .max(currentYear + 1, { error: (issue) => `"sources: year" cannot be in the future, got ${show(issue.input)}` }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'each source must have title, publisher, url and year') },
);

export const frontmatterSchema = z
  .strictObject(
    {
      /** The page's main heading (its h1) and the name on cards. Plain words a reader would use, e.g. "What is an IOP?". */
      title: text('title', 'What is an IOP?'),
      /** One or two plain sentences, 50 to 160 characters. Shown on cards, in search results and in link previews. */
      description: z
        .string({ error: (issue) => `"description" must be text of 50 to 160 characters, got ${show(issue.input)}` })
        .trim()
        .min(50, { error: (issue) => `"description" is ${String(issue.input ?? '').length} characters long; it must be 50 to 160 characters` })
        .max(160, { error: (issue) => `"description" is ${String(issue.input ?? '').length} characters long; it must be 50 to 160 characters` }),
      /** The date a person last checked the whole page against its sources, as YYYY-MM-DD. */
      lastReviewed: isoDate('lastReviewed'),
      /** When the page must be checked again, as YYYY-MM-DD: after lastReviewed, usually 3 years later. */
      nextReview: isoDate('nextReview'),
      /** Where the facts come from: at least one item, each with title, publisher, url and year. */
      sources: z
        .array(sourceSchema, { error: (issue) => `"sources" must be a list of sources, got ${show(issue.input)}` })
        .min(1, { error: '"sources" needs at least one source' }),
      /** Optional. The group the article is listed under on the home page, e.g. "Understanding IOP". */
      section: text('section', 'Understanding IOP').optional(),
      /** Optional. A whole number that sets the reading order (1 comes first). Articles without it come last, by title. */
      order: z
        .number({ error: (issue) => `"order" must be a whole number like 3, got ${show(issue.input)}` })
        .int({ error: (issue) => `"order" must be a whole number like 3, got ${show(issue.input)}` })
        .optional(),
      /** Optional. Slugs of other articles to suggest at the end (the file name without .mdx), e.g. "benefits-of-an-iop". */
      related: z
        .array(text('related', 'benefits-of-an-iop'), { error: (issue) => `"related" must be a list of article slugs, got ${show(issue.input)}` })
        .optional(),
      /** Optional. The name and role of the professional who reviewed the page, e.g. "Jane Doe, LCSW". Only when it is true. */
      reviewedBy: text('reviewedBy', 'Jane Doe, LCSW').optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'the frontmatter must be a list of fields like "title: What is an IOP?"' : undefined) },
  )
  // Only compares two real dates: a broken date already has its own message.
  .refine((data) => !isComparable(data.lastReviewed, data.nextReview) || data.nextReview > data.lastReviewed, {
    path: ['nextReview'],
    error: '"nextReview" must be after "lastReviewed"',
  })
  // A page is checked again at least every 3 years (lib/content/review.ts).
  .refine((data) => !isComparable(data.lastReviewed, data.nextReview) || data.nextReview <= addYears(data.lastReviewed, MAX_YEARS_BETWEEN_REVIEWS), {
    path: ['nextReview'],
    error: (issue) => {
      const { lastReviewed } = issue.input as { lastReviewed: string };
      return `"nextReview" is more than ${MAX_YEARS_BETWEEN_REVIEWS} years after "lastReviewed": it must be ${addYears(lastReviewed, MAX_YEARS_BETWEEN_REVIEWS)} or earlier`;
    },
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** Every field an article may have: used to suggest the right name for a misspelt one. */
export const frontmatterFields = Object.keys(frontmatterSchema.shape);
