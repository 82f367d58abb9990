// Reads a YAML text (an article's frontmatter, content/glossary.yaml, redirects.yaml, synonyms.yaml) and knows
// where each key is, so every message about it can name the file's own line and column.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { yamlAdvice, type Advice, type YamlPurpose } from './error-map';

export interface Place {
  line: number;
  column: number;
}

export interface YamlFile {
  doc: Document;
  /** The file's line and column of an offset in the YAML text (undefined: its first line). */
  at(offset: number | undefined): Place;
  /** Where the key (or list item) at `path` is, or the nearest parent found. */
  placeOf(path: readonly (string | number)[]): Place;
  /** The first thing that stops the text from being read, in plain words (one mistake, one message). */
  error?: Advice & Place;
}

/** `firstLine` is the file line the YAML text starts on (2 for frontmatter, after its "---"). */
export function readYaml(text: string, purpose: YamlPurpose, firstLine = 1): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const at = (offset: number | undefined): Place => {
    if (offset === undefined) return { line: firstLine, column: 1 };
    const pos = counter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const file: YamlFile = { doc, at, placeOf: (path) => at(keyOffset(doc, path)) };
  const first = doc.errors[0];
  if (first) {
    const advice = yamlAdvice(first, text, purpose);
    const where = at(advice.offset ?? first.pos[0]);
    file.error = { ...where, ...advice };
  }
  return file;
}

/** Offset in the YAML text of the key (or list item) at `path`, or of the nearest parent found. */
function keyOffset(doc: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as { range?: number[] } | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) return offset;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: number[] } | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
