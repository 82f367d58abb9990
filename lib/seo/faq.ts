// The questions and answers of an article's <FAQ>, for FAQPage structured data. The loader reads
// them while it parses each article (article.faq); this reads them from MDX text alone.
import { parseArticle } from '../content/parse';

export type { FaqItem } from '../content/faq';

export const extractFaq = (source: string) => parseArticle('content/faq.mdx', source).faq;
