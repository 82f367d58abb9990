import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import { navigation, siteName } from '@/lib/site';

/** The footer: the disclaimer every page carries, and the way to urgent help. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-base">
        <p>
          <strong>{siteName} is for information only.</strong> It is not medical advice and does not replace a doctor,
          therapist or other professional who knows you.
        </p>
        <p>
          <UrgentNumbers />
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 print:hidden" aria-label="Footer links">
          {navigation.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
        <p className="text-muted">No cookies, no tracking: nothing about your visit is stored or shared.</p>
      </div>
    </footer>
  );
}
