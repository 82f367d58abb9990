import type { Change } from '@/lib/content/schema';
import { PageHistory } from './page-history';
import { ReviewDates } from './review-dates';

/**
 * The bottom of an article, NHS style: when the page was last reviewed and is next due, who reviewed it
 * when someone has, and what changed on it (collapsed). Kept out of the top of the page, where it would
 * push the article itself below the first screen of a phone.
 */
export function PageReview({
  lastReviewed,
  nextReview,
  reviewedBy,
  changes,
}: {
  lastReviewed: string;
  nextReview: string;
  reviewedBy?: string;
  changes: readonly Change[];
}) {
  return (
    <footer className="page-review mt-12 border-t border-line pt-4">
      <ReviewDates lastReviewed={lastReviewed} nextReview={nextReview} reviewedBy={reviewedBy} />
      <PageHistory changes={changes} />
    </footer>
  );
}
