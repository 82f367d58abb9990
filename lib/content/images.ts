// Pictures in articles: each is a file in public/images (nothing loads from other sites), has alt text for
// readers who cannot see it, is a format every browser shows, and is small enough for a phone on a slow
// connection. public/images/README.md says the same for editors.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Place } from './parse';
import type { Problem } from './problems';

/** Formats every browser shows. Photos: .jpg or .webp; drawings and diagrams: .svg or .png. */
export const IMAGE_FORMATS = ['.jpg', '.jpeg', '.png', '.webp', '.svg'] as const;
/** The largest picture a page may load, in kilobytes (a reader may be on a slow phone connection). */
export const MAX_IMAGE_KB = 200;

/** The problems of one ![alt](url) in an article. `publicDir` is the site's public/ folder. */
export function imageProblems(file: string, place: Place, image: { url?: string; alt?: string | null }, publicDir?: string): Problem[] {
  const problems: Problem[] = [];
  const at = { file, ...place, severity: 'error' as const };
  if (!image.alt?.trim()) {
    problems.push({ ...at, message: 'This image has no alt text', fix: 'Describe the picture in the square brackets: ![A week planner with three sessions](/images/week.png)' });
  }
  const url = image.url ?? '';
  if (!url.startsWith('/')) {
    problems.push({ ...at, message: `The image "${url}" is not on this site`, fix: 'Put the image in the public folder and link it as /images/name.png: pages load nothing from other sites' });
    return problems;
  }
  const extension = path.extname(url.split(/[?#]/)[0]!).toLowerCase();
  if (!(IMAGE_FORMATS as readonly string[]).includes(extension)) {
    problems.push({ ...at, message: `The image "${url}" is not in a format every browser shows`, fix: `Save it as ${IMAGE_FORMATS.join(', ')} (a photo as .jpg, a diagram as .svg or .png)` });
  }
  if (!publicDir) return problems;
  const full = path.join(/*turbopackIgnore: true*/ publicDir, decodeURIComponent(url));
  if (!existsSync(full)) {
    problems.push({ ...at, message: `The image "${url}" does not exist`, fix: `Add the file public${url}, or fix the name` });
  } else {
    const kb = Math.ceil(statSync(full).size / 1024);
    if (kb > MAX_IMAGE_KB) {
      problems.push({ ...at, message: `The image "${url}" is ${kb} KB, more than the ${MAX_IMAGE_KB} KB a page may load for one picture`, fix: `Make it smaller: at most 1200 pixels wide, saved as .jpg or .webp at medium quality (see public/images/README.md)` });
    }
  }
  return problems;
}
