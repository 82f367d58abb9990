// The framework's floor: the JavaScript of a bare app-router page (a layout and a page with a
// heading) built by the same Next.js. What our pages ship above it is ours to answer for.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ColdAndWarm } from './cold-start';
import type { LighthouseScores } from './lighthouse';
import { buildNext, startNext, type BuildResult } from './next-server';
import { measurePage, type PageWeight } from './page-weight';

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

/**
 * Builds the bare app in tests/.tmp (inside the project, so Turbopack's root, found from the
 * project's lockfile, holds the symlinked node_modules), serves it, and weighs its page.
 */
export async function measureFrameworkFloor(
  projectDir: string,
  lighthouse?: (url: string) => Promise<LighthouseScores>,
  coldStart?: (baseUrl: string, path: string) => Promise<ColdAndWarm | undefined>,
): Promise<{ weight: PageWeight; build: BuildResult; lighthouse?: LighthouseScores; coldStart?: ColdAndWarm }> {
  const dir = path.join(projectDir, 'tests', '.tmp', 'bench-framework-floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  try {
    const build = await buildNext(dir);
    if (!build.ok) throw new Error(`The bare Next.js app did not build:\n${build.output}`);
    const server = await startNext(dir);
    try {
      const weight = await measurePage(server.url, '/');
      // The framework's own Lighthouse ceiling: what no page of ours can beat without shipping less JS.
      return { weight, build, lighthouse: await lighthouse?.(`${server.url}/`), coldStart: await coldStart?.(server.url, '/') };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
