import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: '/work/main',
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
