import { countryNote } from '@/lib/crisis';

/** That the guide's numbers and laws are for the United States, and what a reader elsewhere should do. */
export function CountryNote({ className = '' }: { className?: string }) {
  return (
    <p className={`country-note text-base text-muted ${className}`}>
      {countryNote.text} {countryNote.elsewhere}
    </p>
  );
}
