// Readability of the articles: Flesch-Kincaid grade and SMOG index of each article's prose.
// `npm run readability` prints them (cli.ts); tests/unit/readability fails any article above LIMIT_FK.
export { LIMIT_FK, TARGET_FK, TARGET_SMOG } from './thresholds';
export { proseBlocks, proseOf } from '../content/plain-text';
export { scoreText, splitSentences, syllablesOf, type ReadabilityScore } from './score';
export { formatSummary, formatTable, verdict } from './report';
export { aboveLimit, articleFiles, measureArticle, measureArticles, meetsTarget, type ArticleReadability } from './articles';
