import { urgentNumbers } from '@/lib/crisis';

const { emergency, crisis } = urgentNumbers;

/**
 * 911 and 988 in words, the one place the site says them in passing (footer, urgent-help block, 404 page,
 * self-check, search, the home page's emergency card); /get-help-now lists every line in full.
 * - `sentences`: "If you or someone else is in danger, call 911. If you are thinking about suicide or are in
 *   crisis, call 988 or text 988 (free, 24/7)." followed by the link to every way to get help.
 * - `short`: "Call 911, or call or text 988." for a card that already says what it is for.
 */
export function UrgentNumbers({ form = 'sentences' }: { form?: 'sentences' | 'short' }) {
  if (form === 'short') {
    return (
      <>
        Call <a href={emergency.call}>{emergency.number}</a>, or call or text <a href={crisis.call}>{crisis.number}</a>.
      </>
    );
  }
  return (
    <>
      If you or someone else is in danger, call <a href={emergency.call}>{emergency.number}</a>. If you are thinking
      about suicide or are in crisis, call <a href={crisis.call}>{crisis.number}</a> or text{' '}
      <a href={crisis.text}>{crisis.number}</a> (free, 24/7). <a href="/get-help-now">More ways to get help now</a>.
    </>
  );
}
