// `npm run build` runs this after `next build` (and `npm run serve` before `next start`, in case the build
// came from `next build` alone): document pages lose the framework, prerendered app pages start it after their
// first paint (lib/documents/post-build.ts).
import { stripDocumentPages } from '../lib/documents/post-build';

try {
  const { manifest, alreadyDone } = stripDocumentPages(process.cwd());
  const before = manifest.pages.reduce((sum, page) => sum + page.bytesBefore, 0);
  const after = manifest.pages.reduce((sum, page) => sum + page.bytesAfter, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    alreadyDone
      ? `Document pages: already served as HTML and CSS only in this build (${manifest.pages.length} pages).`
      : `Document pages: ${manifest.pages.length} pages served as HTML and CSS only (framework scripts and React payload removed: ${kb(before)} -> ${kb(after)} of HTML).`,
  );
  if (!alreadyDone)
    for (const page of manifest.appPages)
      console.log(`App page ${page.path}: its ${page.deferred.length} framework scripts start after the first paint.`);
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
