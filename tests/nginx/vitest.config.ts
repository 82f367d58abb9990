// Runs the nginx proxy tests on their own (they need a build and Debian's nginx):
//   npx vitest run --config tests/nginx/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/nginx/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
