// App pages keep React, but need not run it before the page is on screen. Next.js 16.4 writes the framework's
// files as <script src="/_next/static/...js" async=""> tags, most in <head>: on a fast connection they can run
// before the browser's first paint, and Lighthouse then counts all of them as blocking the largest paint.
// This takes them out of a prerendered app page and starts the same files, in the same order, from one small
// inline script at the end of <body>, after the first frame. Their preload hints stay (a file may download
// early; only running it waits), and so does everything else. The page works before it starts: the self-check's
// form posts to its answers page without JavaScript. Like strip.ts it knows exactly what Next.js writes and
// refuses anything else, so a Next.js upgrade stops the build instead of shipping a page that never hydrates.
import { attributesOf, scriptKind, scriptTag, UnexpectedFrameworkOutput } from './strip';

/** The id of the inline script that starts the framework: how a page already rewritten is recognised. */
export const startScriptId = 'start-after-paint';

/** How long to wait for a first frame before starting anyway: a page opened in a background tab gets none. */
export const fallbackDelayMs = 1000;

export interface StartedAfterPaint {
  html: string;
  /** The framework files now started after the first paint, in the order Next.js wrote them */
  deferred: string[];
}

const patterns = { file: 'lib/documents/start-after-paint.ts', test: 'tests/unit/documents/start-after-paint.test.ts' };
// The chunk names Next.js 16.4 writes. Only these are written into the inline script (as a JSON string), so
// nothing in an address can end the script or change what it does.
const frameworkChunk = /^\/_next\/static\/[\w.-]+(?:\/[\w.-]+)*\.js$/;

/**
 * `html` (a prerendered app page) with the framework's scripts started after the first paint. `keep` is the path
 * of the site's own script, kept as it is, like the noModule polyfills (a browser with modules never loads them;
 * an older one needs them before the framework, and a classic script in <head> runs first). `where` names the
 * page in errors. A page already rewritten is refused, not passed: the build step runs once per build
 * (post-build.ts), so meeting one means the record of that run is gone or wrong.
 */
export function startAfterFirstPaint(html: string, keep: string, where: string): StartedAfterPaint {
  const stop = (problem: string) => new UnexpectedFrameworkOutput(where, problem, patterns);
  const deferred: string[] = [];
  const out = html.replace(scriptTag, (tag, attributes: string, body: string) => {
    const opening = `<script${attributes}>`;
    const attrs = attributesOf(opening);
    if (attrs.get('id') === startScriptId)
      throw stop('the framework already starts after the first paint: this page was rewritten before');
    if (scriptKind(opening, body, keep, where) !== 'framework-file') return tag;
    const written = [...attrs.keys()].sort().join(' ');
    if (written === 'nomodule src') return tag;
    if (written !== 'async src')
      throw stop(
        `a framework script written in a way this file does not know (only async="" or noModule=""): ${opening}`,
      );
    const src = attrs.get('src')!;
    if (!frameworkChunk.test(src)) throw stop(`a framework script address this file does not know: ${opening}`);
    deferred.push(src);
    return '';
  });
  if (deferred.length === 0) throw stop('no <script src="/_next/static/...js" async=""> was found');
  const end = /<\/body>\s*<\/html>\s*$/.exec(out);
  if (!end) throw stop('the page does not end with </body></html>');
  return { html: `${out.slice(0, end.index)}${startScript(deferred)}${out.slice(end.index)}`, deferred };
}

/**
 * The inline script: on the first animation frame (just before the browser paints it) it waits one task, so the
 * frame is painted first, then adds each file as an async <script>, all at once as Next.js had them (the
 * Turbopack runtime looks for its chunks' tags before loading them itself). A timer starts them anyway when no
 * frame comes; `started` makes sure that happens once. ES5, no innerHTML or eval: the site's
 * Content-Security-Policy (next.config.mjs) allows inline scripts, as the React payload needs, and nothing else.
 */
function startScript(sources: readonly string[]): string {
  const code =
    `(function(){var sources=${JSON.stringify(sources)},started=false;` +
    'function start(){if(started)return;started=true;' +
    'for(var i=0;i<sources.length;i++){var s=document.createElement("script");s.src=sources[i];s.async=true;' +
    'document.head.appendChild(s)}}' +
    `setTimeout(start,${fallbackDelayMs});requestAnimationFrame(function(){setTimeout(start,0)})})()`;
  return `<script id="${startScriptId}">${code}</script>`;
}

/** The framework files a rewritten page starts after its first paint (none for any other page): what it loads. */
export function scriptsStartedAfterPaint(html: string): string[] {
  const script = new RegExp(`<script id="${startScriptId}">\\(function\\(\\)\\{var sources=(\\[[^\\]]*\\])`).exec(html);
  return script ? (JSON.parse(script[1]!) as string[]) : [];
}
