/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// One config, three projects: `npm run test:unit` runs only `unit`; `npm test` runs each as its own step.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // The logic, tools and layer rules: no builds. A few tests draw cards and cut fonts on threads, which takes
        // seconds on a busy machine. The files share their modules in each worker (no test mocks a module or changes
        // the environment): on two cores that took the project from 33 s to 13 s, most of it loading modules again.
        test: {
          name: 'unit',
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Each test builds a copy of the site, which takes seconds, not milliseconds.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        // Checks on the built site (dist/): `npm test` runs them after the build.
        test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
