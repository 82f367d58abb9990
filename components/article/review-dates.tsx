import { humanDate } from '@/lib/dates';

/** NHS-style review dates, in words a reader can take in at a glance. */
export function ReviewDates({
  lastReviewed,
  nextReview,
  reviewedBy,
}: {
  lastReviewed: string;
  nextReview: string;
  reviewedBy?: string;
}) {
  return (
    <p className="review-dates text-base text-muted">
      Page last reviewed: <time dateTime={lastReviewed}>{humanDate(lastReviewed)}</time>
      <br />
      Next review due: <time dateTime={nextReview}>{humanDate(nextReview)}</time>
      {reviewedBy ? (
        <>
          <br />
          Reviewed by: {reviewedBy}
        </>
      ) : null}
    </p>
  );
}
