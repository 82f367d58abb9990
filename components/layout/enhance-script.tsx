import { enhanceScriptSrc } from '@/lib/enhance/script';

/**
 * Loads public/enhance.js (lib/enhance/enhance.js, minified: copy a section link, the quick exit's keys). Render it in every component
 * that needs it: React puts an async script with a src in the <head> once, however many render it,
 * so a page loads it only when something on it uses it. A module: it never blocks the first paint.
 */
export function EnhanceScript() {
  return <script type="module" src={enhanceScriptSrc()} async />;
}
