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
          In an emergency, call <a href="tel:911">911</a>. If you are thinking about suicide or are in crisis, call <a href="tel:988">988</a> or text <a href="sms:988">988</a>. <a href="/get-help-now">More ways to get help now</a>.
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
