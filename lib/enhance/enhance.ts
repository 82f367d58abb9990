// The site's one script on document pages, which are served as HTML and CSS only (README > Performance).
// Progressive enhancement: every behaviour it adds has a plain-HTML fallback that works without it.
// Bundled and minified into public/enhance.js by `npm run enhance` (./build.ts; a unit test keeps the two
// the same), and loaded as a module only by pages that use it (components/layout/enhance-script.tsx),
// before the page's load event. The same script runs in the self-check, an app page, for its quick exit.
//
// Until the reader acts it changes only <html> (data-enhanced, which shows what needs the script, see
// globals.css, and tells tests it has run): where React hydrates the page (the self-check, every page
// under `next dev`), it finds the page as the server rendered it (<html> has suppressHydrationWarning).
import { installQuickExit } from '../quick-exit/install';
import { installSectionLinks } from './section-links';

export function enhance(doc: Document): void {
  doc.documentElement.dataset.enhanced = '';
  installSectionLinks(doc);
  installQuickExit(doc);
}

if (typeof document !== 'undefined') enhance(document);
