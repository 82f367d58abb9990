import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePaths } from '@/lib/content/files';
import { measureArticles } from '@/lib/readability/articles';
import { formatSummary, formatTable, verdict } from '@/lib/readability/report';
import { LIMIT_FK, TARGET_FK, TARGET_SMOG } from '@/lib/readability/thresholds';

const contentDir = path.join(__dirname, '..', '..', '..', 'content');

describe('thresholds', () => {
  it('are the targets and the limit from the issue', () => {
    expect({ TARGET_FK, TARGET_SMOG, LIMIT_FK }).toEqual({ TARGET_FK: 8, TARGET_SMOG: 9, LIMIT_FK: 10 });
  });

  it('give PASS, ABOVE TARGET or ABOVE LIMIT', () => {
    expect(verdict({ fleschKincaid: 8, smog: 9 })).toBe('PASS');
    expect(verdict({ fleschKincaid: 8.1, smog: 9 })).toBe('ABOVE TARGET');
    expect(verdict({ fleschKincaid: 6, smog: 9.1 })).toBe('ABOVE TARGET');
    expect(verdict({ fleschKincaid: 10, smog: 12 })).toBe('ABOVE TARGET');
    expect(verdict({ fleschKincaid: 10.1, smog: 8 })).toMatch(/^ABOVE LIMIT/);
  });
});

describe('every article', () => {
  const files = articlePaths(contentDir);
  const results = measureArticles(files);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const result of results) expect(result.words, result.slug).toBeGreaterThan(100);
  });

  it(`has a Flesch-Kincaid grade of ${LIMIT_FK} or lower`, () => {
    const offenders = results
      .filter((result) => !(result.fleschKincaid <= LIMIT_FK))
      .map((result) => `${result.slug}: Flesch-Kincaid ${result.fleschKincaid}, SMOG ${result.smog}`);
    expect(
      offenders,
      `Articles above Flesch-Kincaid ${LIMIT_FK} (run npm run readability):\n${offenders.join('\n')}`,
    ).toEqual([]);
  });

  it('prints a row for each article and a summary', () => {
    const table = formatTable(results).split('\n');
    expect(table).toHaveLength(results.length + 2);
    expect(table[0]).toMatch(/Article\s+Words\s+Flesch-Kincaid\s+SMOG\s+Result/);
    expect(formatSummary(results)).toContain(`of ${results.length} articles meet the target`);
  });
});
