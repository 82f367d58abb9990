// Limits of a search, in their own module so the search page's browser code can show them without
// bundling the search itself.

/** Longer queries are refused with a calm message: nobody types 200 characters to find a page. */
export const MAX_QUERY_LENGTH = 200;

/** At most this many results are shown, best first. */
export const MAX_RESULTS = 20;
