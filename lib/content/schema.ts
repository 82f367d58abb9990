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

/** What kind of publisher a source is: shown to readers beside each source, so they can weigh it. */
export const sourceTypes = ['government', 'peer-reviewed', 'professional-body', 'provider', 'news', 'law'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** How each kind of source is named for readers in the list of sources. */
export const sourceTypeLabels: Record<SourceType, string> = {
  government: 'Government',
  'peer-reviewed': 'Peer-reviewed study',
  'professional-body': 'Professional body',
  provider: 'Provider or company',
  news: 'News',
  law: 'Law or regulation',
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields of a source, shared by articles (which also give each source an id) and glossary entries. */
export const sourceFields = {
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
  /**
   * What kind of source it is: government, peer-reviewed (a study in a journal), professional-body (e.g. ASAM),
   * provider (a treatment provider or company), news, or law (the text of a law, rule or court ruling).
   */
  type: z.enum(sourceTypes, {
    error: (issue) => `"sources: type" must be one of ${sourceTypes.join(', ')}, got ${show(issue.input)}`,
  }),
  /**
   * Optional. What a reader should know about the source, shown beside it, e.g. "Study run by the company that
   * offers the program". Required for a provider source that a sentence with a number relies on.
   */
  note: text('sources: note', 'Study run by the company that offers the program').optional(),
};

export const sourceSchema = z.strictObject(
  {
    /**
     * A short name for the source, used to cite it in the text: <Cite id="medicare-iop" />.
     * Lower-case words joined by hyphens, different for each source of the article.
     */
    id: z
      .string({ error: (issue) => `"sources: id" must be a short name like medicare-iop, got ${show(issue.input)}` })
      .regex(KEBAB, { error: (issue) => `"sources: id" must be lower-case words joined by hyphens, like medicare-iop, got ${show(issue.input)}` }),
    ...sourceFields,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'each source must have id, title, publisher, url, year and type') },
);

/** One line of an article's page history: what changed for readers, and when. */
export const changeSchema = z.strictObject(
  {
    /** The day the change was published, as YYYY-MM-DD. */
    date: isoDate('changes: date'),
    /** One plain line saying what changed for readers, e.g. "Said which health plans the parity law covers." */
    summary: text('changes: summary', 'Said which health plans the parity law covers.'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'each change must have a date and a summary') },
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
      /** Optional. What changed for readers, newest first: one item per change, each with date and summary. */
      changes: z
        .array(changeSchema, { error: (issue) => `"changes" must be a list of changes, got ${show(issue.input)}` })
        .optional(),
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
  // Each source's id is how the text cites it, so two sources cannot share one.
  .superRefine((data, context) => {
    const seen = new Set<string>();
    data.sources.forEach((source, index) => {
      if (seen.has(source.id)) {
        context.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `Two sources have the id "${source.id}"`, params: { fix: 'Give each source its own id, and cite each by its own id' } });
      }
      seen.add(source.id);
    });
  })
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
export type Change = z.infer<typeof changeSchema>;

/** Every field a source may have (for "did you mean" on a misspelt one). */
export const sourceFieldNames = Object.keys(sourceSchema.shape);

/** Every field an article may have: used to suggest the right name for a misspelt one. */
export const frontmatterFields = Object.keys(frontmatterSchema.shape);
