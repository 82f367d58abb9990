// Where an article sits in the site: Home > Section > Article. The visible breadcrumbs and the
// BreadcrumbList structured data both use this trail, so they always agree.
import { slug } from 'github-slugger';

export interface Crumb {
  name: string;
  /** Address from the site root, e.g. /learn#section-getting-help */
  path: string;
}

/** The id of a section's heading on the list of articles (`/learn#section-getting-help`) and on the home page. */
export const sectionId = (sectionName: string): string => `section-${slug(sectionName)}`;

export function articleTrail({
  title,
  slug: articleSlug,
  section,
}: {
  title: string;
  slug: string;
  section: string;
}): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name: section, path: `/learn#${sectionId(section)}` },
    { name: title, path: `/learn/${articleSlug}` },
  ];
}
