// The framework's floor: the JavaScript of a bare app-router page (a layout and a page with a
// heading) built by the same Next.js. What our pages ship above it is ours to answer for.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNext, type BuildResult } from '../../support/next-server';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-framework-floor', private: true }, null, 2),
  'next.config.mjs': 'export default {};\n',
  'app/layout.tsx': `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return <h1>Hello</h1>;
}
`,
};

export interface FrameworkFloor {
  dir: string;
  build: BuildResult;
  /** Deletes the bare app's folder */
  remove(): void;
}

/**
 * Builds the bare app in tests/.tmp (inside the project, so Turbopack's root, found from the project's
 * lockfile, holds the symlinked node_modules). Serve it with startNext(floor.dir); remove() when done.
 */
export async function buildFrameworkFloor(projectDir: string): Promise<FrameworkFloor> {
  const dir = path.join(projectDir, 'tests', '.tmp', 'bench-framework-floor');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  remove();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const build = await buildNext(dir);
  if (!build.ok) {
    remove();
    throw new Error(`The bare Next.js app did not build:\n${build.output}`);
  }
  return { dir, build, remove };
}
