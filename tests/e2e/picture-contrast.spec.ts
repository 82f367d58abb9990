// The marks that carry meaning in a picture (the continuum's bars, the highlight of the IOP row in the
// levels table) stand out at least 3:1 against what is behind them (WCAG 1.4.11), in light and dark mode.
import { expect, test, type Page } from '@playwright/test';

/** Contrast of two CSS colours (rgb/rgba, opaque) as WCAG defines it. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The first opaque background behind an element. */
const backgroundOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => {
      for (let element: Element | null = node.parentElement; element; element = element.parentElement) {
        const color = getComputedStyle(element).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(color) && color !== 'transparent') return color;
      }
      return getComputedStyle(document.body).backgroundColor;
    });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the continuum's bars stand out 3:1 from the page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/learn/levels-of-care');
    const bars = page.locator('ol.continuum .continuum-bar');
    await expect(bars).toHaveCount(5);
    const behind = await backgroundOf(page, 'ol.continuum .continuum-bar');
    for (const color of await bars.evaluateAll((nodes) =>
      nodes.map((node) => getComputedStyle(node).backgroundColor),
    )) {
      expect(contrast(color, behind), `${color} on ${behind}`).toBeGreaterThanOrEqual(3);
    }
  });

  for (const width of [1280, 360]) {
    test(`the IOP row of the levels table is marked 3:1 against the page (${colorScheme}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/learn/levels-of-care');
      const behind = await backgroundOf(page, 'table.levels-table');
      const mark = await page.locator('table.levels-table tr.is-iop').evaluate((row) => {
        const header = row.querySelector('th')!;
        const shadow = getComputedStyle(header).boxShadow.match(/rgba?\([^)]*\)/)?.[0];
        const border =
          getComputedStyle(row).borderLeftWidth !== '0px' && getComputedStyle(row).display === 'block'
            ? getComputedStyle(row).borderLeftColor
            : undefined;
        return border ?? shadow ?? 'none';
      });
      expect(mark).not.toBe('none');
      expect(contrast(mark, behind), `${mark} on ${behind}`).toBeGreaterThanOrEqual(3);
    });
  }
}
