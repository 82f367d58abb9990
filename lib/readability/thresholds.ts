// The readability targets for every article.

/** The grade every article should aim for: Flesch-Kincaid 8 or lower. */
export const TARGET_FK = 8;
/** The SMOG index every article should aim for: 9 or lower. */
export const TARGET_SMOG = 9;
/** The hard limit: an article above Flesch-Kincaid 10 fails the unit test and `npm run readability`. */
export const LIMIT_FK = 10;
