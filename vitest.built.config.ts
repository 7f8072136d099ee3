import { defineConfig } from 'vitest/config';

// Checks on the built site (dist/): `npm test` runs them after the build, so they are not in the unit run.
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
