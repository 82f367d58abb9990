// Site-wide facts: name, address, navigation. One place, so pages and metadata agree.

export const siteName = 'IOP Guide';

export const siteDescription =
  'Plain, trustworthy explanations of Intensive Outpatient Programs (IOP) for mental health and substance use: what they are, who they suit and how to find one.';

/** The public address of the site, used in canonical links and link previews. Set SITE_URL when deploying. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/**
 * Where readers can write to the editors (SITE_CONTACT_EMAIL, read when the site is built), or undefined
 * when none is set: /about then says so honestly instead of showing an address nobody reads.
 */
export const siteContactEmail: string | undefined = contactEmail(process.env.SITE_CONTACT_EMAIL);

/** A plain email address (name@domain.tld), trimmed; anything else counts as unset. */
export function contactEmail(value: string | undefined): string | undefined {
  const email = value?.trim();
  return email && /^[^\s@<>"()]+@[^\s@<>"()]+\.[a-z]{2,}$/i.test(email) ? email : undefined;
}

export const navigation = [
  { href: '/learn', label: 'Articles' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/about', label: 'About' },
] as const;
