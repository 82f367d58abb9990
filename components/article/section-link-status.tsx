import { EnhanceScript } from '@/components/layout/enhance-script';

/**
 * Turns the section links of a page's headings (components/article/heading.tsx) into "copy link"
 * controls, with JavaScript: loads the script and holds the status it writes ("Link copied"), which
 * screen readers announce (role="status") and everyone sees briefly at the bottom of the screen.
 * Render once per page that has section headings. Without JavaScript it stays empty.
 */
export function SectionLinkStatus() {
  return (
    <>
      <EnhanceScript />
      <p role="status" className="copy-status" data-copy-status="" />
    </>
  );
}
