// `npm run dev`: the Next.js development server, for previewing articles while writing them.
//   npm run dev -- -p 4000        any option of `next dev`
// Two things it does that `next dev` alone does not:
// - It turns off the framework's telemetry (and so its notice), as everywhere in this project.
// - It keeps next-env.d.ts as `next build` writes it. Next.js 16 builds the development server into
//   .next/dev (node_modules/next/dist/server/config.js sets distDir to <distDir>/dev in the development
//   phase), and at start-up writes next-env.d.ts to import that folder's route types
//   (lib/typescript/writeAppTypeDeclarations.js), while `next build` writes it to import .next/types/. The
//   file is committed as the build writes it, so a preview would otherwise leave a changed file behind.
//   The development server does not need the file (only editors' type checking reads it).
import { spawn } from 'node:child_process';
import { readFileSync, watch, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const envFile = path.join(root, 'next-env.d.ts');

/** next-env.d.ts as `next build` writes it: route types from .next/types, not .next/dev/types. */
export function asBuildWrites(text) {
  return text.replaceAll('./.next/dev/types/', './.next/types/');
}

function keepAsBuildWrites() {
  let text;
  try {
    text = readFileSync(envFile, 'utf8');
  } catch {
    return; // not written yet: nothing to keep
  }
  const wanted = asBuildWrites(text);
  if (wanted !== text) writeFileSync(envFile, wanted);
}

/** Runs `next dev` with these options until it stops. */
function main(options) {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'dev', ...options], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });

  // Next.js writes the file once, while it starts; put it back as soon as it does, and once more on the way out.
  const watcher = watch(root, (_event, name) => {
    if (name === 'next-env.d.ts') keepAsBuildWrites();
  });

  // Ctrl+C reaches both processes: let Next.js stop, then tidy up and stop with its exit code.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    watcher.close();
    keepAsBuildWrites();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

// Run when started as a command (importing it, as its test does, only reads asBuildWrites).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
