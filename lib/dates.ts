// How the site writes a date for readers. Pure.

/** "20 November 2026" from "2026-11-20" (UTC, so the date never shifts with the server's time zone). */
export function humanDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
