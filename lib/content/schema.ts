// The frontmatter schema: the one description of what an article file must say at its top.
// What an editor reads when a value is wrong is written once, in error-map.ts, from the field's name
// and kind; the doc comments here say what each field is for.
import { z } from 'zod';
import { addYears, MAX_YEARS_BETWEEN_REVIEWS } from './review';

/** Required text: not empty once spaces are trimmed. */
const text = () => z.string().trim().min(1);

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD (YAML reads it as text; a Date is accepted too). */
const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.string().refine((value) => ISO_DATE.test(value) && isRealDate(value), { params: { rule: 'date' } }),
  );

const isComparable = (...values: unknown[]) => values.every((value) => typeof value === 'string' && ISO_DATE.test(value) && isRealDate(value));

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

/** Lower-case words (or digits) joined by single hyphens: ids and file names. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields of a source, shared by articles (which also give each source an id) and glossary entries. */
export const sourceFields = {
  /** The title of the page, report or paper, as its publisher writes it. */
  title: text(),
  /** Who published it: the agency, journal or organisation (e.g. SAMHSA, Medicare.gov, Psychiatric Services). */
  publisher: text(),
  /** The address where a reader can check it. Must start with https:// */
  url: z.string().regex(/^https:\/\/[^\s/$.?#].[^\s]*$/i),
  /** The year it was published or last updated, as a number (e.g. 2021). */
  year: z.number().int().min(1900).max(currentYear + 1),
  /**
   * What kind of source it is: government, peer-reviewed (a study in a journal), professional-body (e.g. ASAM),
   * provider (a treatment provider or company), news, or law (the text of a law, rule or court ruling).
   */
  type: z.enum(sourceTypes),
  /**
   * Optional. What a reader should know about the source, shown beside it, e.g. "Study run by the company that
   * offers the program". Required for a provider source that a sentence with a number relies on.
   */
  note: text().optional(),
};

export const sourceSchema = z.strictObject({
  /**
   * A short name for the source, used to cite it in the text: <Cite id="medicare-iop" />.
   * Lower-case words joined by hyphens, different for each source of the article.
   */
  id: z.string().regex(KEBAB),
  ...sourceFields,
});

/** One line of an article's page history: what changed for readers, and when. */
export const changeSchema = z.strictObject({
  /** The day the change was published, as YYYY-MM-DD. */
  date: isoDate(),
  /** One plain line saying what changed for readers, e.g. "Said which health plans the parity law covers." */
  summary: text(),
});

export const frontmatterSchema = z
  .strictObject({
    /** The page's main heading (its h1) and the name on cards. Plain words a reader would use, e.g. "What is an IOP?". */
    title: text(),
    /** One or two plain sentences, 50 to 160 characters. Shown on cards, in search results and in link previews. */
    description: z.string().trim().min(50).max(160),
    /** The date a person last checked the whole page against its sources, as YYYY-MM-DD. */
    lastReviewed: isoDate(),
    /** When the page must be checked again, as YYYY-MM-DD: after lastReviewed, usually 3 years later. */
    nextReview: isoDate(),
    /** Where the facts come from: at least one item, each with id, title, publisher, url, year and type. */
    sources: z.array(sourceSchema).min(1),
    /** Optional. What changed for readers, newest first: one item per change, each with date and summary. */
    changes: z.array(changeSchema).optional(),
    /** Optional. The group the article is listed under on the home page, e.g. "Understanding IOP". */
    section: text().optional(),
    /** Optional. A whole number that sets the reading order (1 comes first). Articles without it come last, by title. */
    order: z.number().int().optional(),
    /** Optional. Slugs of other articles to suggest at the end (the file name without .mdx), e.g. "benefits-of-an-iop". */
    related: z.array(text()).optional(),
    /** Optional. The name and role of the professional who reviewed the page, e.g. "Jane Doe, LCSW". Only when it is true. */
    reviewedBy: text().optional(),
  })
  // Each source's id is how the text cites it, so two sources cannot share one.
  .superRefine((data, context) => {
    const seen = new Set<string>();
    data.sources.forEach((source, index) => {
      if (seen.has(source.id)) context.addIssue({ code: 'custom', path: ['sources', index, 'id'], params: { rule: 'unique-source-id', id: source.id } });
      seen.add(source.id);
    });
  })
  // Only compares two real dates: a broken date already has its own message.
  .refine((data) => !isComparable(data.lastReviewed, data.nextReview) || data.nextReview > data.lastReviewed, {
    path: ['nextReview'],
    params: { rule: 'next-review-after' },
  })
  // A page is checked again at least every 3 years (lib/content/review.ts).
  .superRefine((data, context) => {
    if (!isComparable(data.lastReviewed, data.nextReview)) return;
    const latest = addYears(data.lastReviewed, MAX_YEARS_BETWEEN_REVIEWS);
    if (data.nextReview > latest) context.addIssue({ code: 'custom', path: ['nextReview'], params: { rule: 'review-within', latest } });
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Change = z.infer<typeof changeSchema>;

/** Every field a source may have (for "did you mean" on a misspelt one). */
export const sourceFieldNames = Object.keys(sourceSchema.shape);

/** Every field an article may have: used to suggest the right name for a misspelt one. */
export const frontmatterFields = Object.keys(frontmatterSchema.shape);
