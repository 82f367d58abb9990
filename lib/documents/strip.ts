// Removes the Next.js runtime from one prerendered page: what is left is the page's HTML and CSS, its
// structured data and the site's own script. It knows exactly what Next.js 16.4 writes into a page and
// refuses anything else, so a Next.js upgrade that changes it stops the build instead of shipping a page
// that is half stripped or missing content (a script it does not know could be one that shows content).

/** Thrown when a page does not look the way this file (or `patterns`, the file that read it) expects Next.js to write it. */
export class UnexpectedFrameworkOutput extends Error {
  constructor(
    where: string,
    problem: string,
    patterns = { file: 'lib/documents/strip.ts', test: 'tests/unit/documents/strip.test.ts' },
  ) {
    super(
      `${where}: ${problem}. Next.js no longer writes pages the way ${patterns.file} expects ` +
        `(it was written for Next.js 16.4). Look at what the page holds now, update the patterns in ` +
        `${patterns.file} and its test (${patterns.test}), then build again.`,
    );
    this.name = 'UnexpectedFrameworkOutput';
  }
}

export interface Stripped {
  html: string;
  /** What was taken out, to report and to check that the page really had the framework in it */
  removed: {
    /** <script src="/_next/static/..."> files (noModule ones included) */
    frameworkScripts: number;
    /** <link rel="preload" as="script"> and modulepreload hints for them */
    scriptPreloads: number;
    /** Bytes of inline scripts: the React payload (self.__next_f) and the Turbopack bootstrap */
    inlineBytes: number;
  };
}

/** Every <script> of a page: its attributes (as written) and its body. */
export const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const linkTag = /<link\b[^>]*>/gi;
/** The attributes of an opening tag, names lower-cased (`async=""` and a bare `async` both give ""). */
export function attributesOf(tag: string): Map<string, string> {
  const inside = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  const found = inside.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g);
  return new Map([...found].map((match) => [match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']));
}
const isFrameworkFile = (url: string) => /^\/_next\/static\/[^?#]+\.js(?:[?#].*)?$/.test(url.replace(/&amp;/g, '&'));

// The inline scripts Next.js 16.4 writes: the start of the React payload, its chunks, and the Turbopack
// bootstrap that lists the page's chunks.
const payloadStart = /^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(\[0\]\);?$/;
const payloadChunk = /^self\.__next_f\.push\(\[/;
const turbopackBootstrap = /^\(globalThis\["TURBOPACK"\]\s*\|\|/;

/** The scripts Next.js 16.4 writes into a page, and the two the site adds (structured data, its own module). */
export type ScriptKind =
  'structured-data' | 'site' | 'framework-file' | 'payload-start' | 'payload-chunk' | 'turbopack-bootstrap';

/**
 * What one script of a page is: structured data, the site's own script (`keep`, as a module), a framework
 * file (<script src="/_next/static/...js">, however it is written), the start or a chunk of the React
 * payload, or the Turbopack bootstrap. Anything else throws: it could be what shows part of the page.
 * lib/documents/start-after-paint.ts reads app pages with it too.
 */
export function scriptKind(opening: string, body: string, keep: string, where: string): ScriptKind {
  const attrs = attributesOf(opening);
  const src = attrs.get('src');
  const type = attrs.get('type');
  if (type === 'application/ld+json' && src === undefined) return 'structured-data';
  if (src !== undefined) {
    if (body.trim()) throw new UnexpectedFrameworkOutput(where, `a script has both a src and a body: ${opening}`);
    if (src.split('?')[0] === keep && type === 'module') return 'site';
    if (isFrameworkFile(src)) return 'framework-file';
    throw new UnexpectedFrameworkOutput(where, `a script this site does not know: ${opening}`);
  }
  const code = body.trim();
  if (payloadStart.test(code)) return 'payload-start';
  if (payloadChunk.test(code)) return 'payload-chunk';
  if (attrs.get('id') === '_R_' && turbopackBootstrap.test(code)) return 'turbopack-bootstrap';
  throw new UnexpectedFrameworkOutput(
    where,
    `an inline script this site does not know: ${opening}${code.slice(0, 80)}...`,
  );
}

/**
 * `html` without the framework. `keep` is the path of the site's own script (kept wherever a page
 * asked for it); JSON-LD stays. `where` names the page in errors.
 */
export function stripFramework(html: string, keep: string, where: string): Stripped {
  const removed = { frameworkScripts: 0, scriptPreloads: 0, inlineBytes: 0 };
  let payloadStarts = 0;
  let payloadChunks = 0;

  let out = html.replace(scriptTag, (tag, attributes: string, body: string) => {
    const kind = scriptKind(`<script${attributes}>`, body, keep, where);
    if (kind === 'structured-data' || kind === 'site') return tag;
    if (kind === 'framework-file') {
      removed.frameworkScripts++;
      return '';
    }
    if (kind === 'payload-start') payloadStarts++;
    if (kind === 'payload-chunk') payloadChunks++;
    removed.inlineBytes += Buffer.byteLength(body);
    return '';
  });

  out = out.replace(linkTag, (tag) => {
    const attrs = attributesOf(tag);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href') ?? '';
    const scriptHint = rel.includes('modulepreload') || (rel.includes('preload') && attrs.get('as') === 'script');
    if (!scriptHint) return tag;
    if (!isFrameworkFile(href))
      throw new UnexpectedFrameworkOutput(where, `a script preload this site does not know: ${tag}`);
    removed.scriptPreloads++;
    return '';
  });

  // A page Next.js rendered has all three: if one is missing, the page is not what this file was written for.
  if (removed.frameworkScripts === 0)
    throw new UnexpectedFrameworkOutput(where, 'no <script src="/_next/static/...js"> was found');
  if (payloadStarts !== 1)
    throw new UnexpectedFrameworkOutput(
      where,
      `expected one start of the React payload (self.__next_f), found ${payloadStarts}`,
    );
  if (payloadChunks === 0)
    throw new UnexpectedFrameworkOutput(where, 'no React payload chunk (self.__next_f.push) was found');
  for (const [leftover, what] of [
    [/__next_f|TURBOPACK/, 'the React payload or the Turbopack runtime'],
    [/\/_next\/static\/[^"'\s>]+\.js\b/, 'a framework script address'],
  ] as const) {
    const found = leftover.exec(out);
    if (found)
      throw new UnexpectedFrameworkOutput(
        where,
        `${what} is still in the page after stripping it ("${out.slice(Math.max(0, found.index - 40), found.index + 40)}")`,
      );
  }
  return { html: out, removed };
}
