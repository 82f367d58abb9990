// Plain-text tables for the bench's console report.

/** A table with a header row, columns padded to their widest cell; numbers are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) =>
    rows.every((row) => /^[-+]?[\d.,]+(\s?[a-z%×]*)?$|^-$/i.test(String(row[column] ?? '-'))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        numeric[column] && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const kb = (bytes: number | undefined): string => (bytes === undefined ? '-' : (bytes / 1024).toFixed(1));
/** A difference in KB with its sign: +0.5, -0.1, 0.0 */
export const signedKb = (bytes: number): string => {
  const text = kb(Math.abs(bytes));
  return text === '0.0' ? text : `${bytes < 0 ? '-' : '+'}${text}`;
};
export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const orDash = (value: number | string | undefined): string => (value === undefined ? '-' : String(value));
