import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
/**
 * The urgent-help block (an NHS urgent care card): 911 in danger, 988 in a crisis, and the page with every
 * way to get help. An article ends with exactly one: this one, unless its last section already has an
 * urgent callout of its own (lib/content/urgent-help.ts). Accessibility: a labelled complementary region.
 */
export function UrgentHelp() {
  return (
    <aside aria-labelledby="urgent-help" className="callout callout-urgent urgent-help">
      <h2 id="urgent-help" className="callout-title">
        Need help now?
      </h2>
      <p>
        <UrgentNumbers />
      </p>
    </aside>
  );
}
