import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/components';
import { CrisisNumbers } from '@/components/crisis/crisis-numbers';

const defaults: Record<CalloutType, string> = {
  info: 'Good to know',
  warning: 'Important',
  urgent: 'Get help now',
};

/**
 * An NHS-style care card. info = non-urgent (blue), warning = get advice first (amber),
 * urgent = danger (red): it always lists the crisis numbers under the text, and links to /get-help-now.
 * Accessibility: a labelled region (aside) whose heading is not part of the page outline levels.
 */
export function Callout({ type, title, children }: { type: CalloutType; title?: string; children?: ReactNode }) {
  const label = title ?? defaults[type];
  return (
    <aside className={`callout callout-${type} not-prose`} aria-label={label}>
      <p className="callout-title">{label}</p>
      <div className="callout-body prose">
        {children}
        {type === 'urgent' ? (
          <>
            <CrisisNumbers compact />
            <p>
              <a href="/get-help-now">All the ways to get help now</a>
            </p>
          </>
        ) : null}
      </div>
    </aside>
  );
}
