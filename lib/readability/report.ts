// The table and summary that `npm run readability` prints.
import { aboveLimit, meetsTarget, type ArticleReadability } from './articles';
import { LIMIT_FK, TARGET_FK, TARGET_SMOG } from './thresholds';

/** PASS, ABOVE TARGET (a goal for editors) or ABOVE LIMIT (fails). */
export function verdict(result: Pick<ArticleReadability, 'fleschKincaid' | 'smog'>): string {
  if (aboveLimit(result)) return `ABOVE LIMIT (FK > ${LIMIT_FK})`;
  return meetsTarget(result) ? 'PASS' : 'ABOVE TARGET';
}

export function formatTable(results: ArticleReadability[]): string {
  const header = ['Article', 'Words', 'Flesch-Kincaid', 'SMOG', 'Result'];
  const rows = results.map((r) => [r.slug, String(r.words), r.fleschKincaid.toFixed(1), r.smog.toFixed(1), verdict(r)]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column >= 1 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSummary(results: ArticleReadability[]): string {
  const passing = results.filter(meetsTarget).length;
  const overLimit = results.filter(aboveLimit);
  return [
    `${passing} of ${results.length} articles meet the target (Flesch-Kincaid ${TARGET_FK} or lower and SMOG ${TARGET_SMOG} or lower).`,
    overLimit.length
      ? `${overLimit.length} above the limit of Flesch-Kincaid ${LIMIT_FK}: ${overLimit.map((r) => r.slug).join(', ')}. Shorten sentences and use shorter words.`
      : `None is above the limit of Flesch-Kincaid ${LIMIT_FK}.`,
  ].join('\n');
}
