/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Integration tests build a copy of the site, which takes seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
  },
});
