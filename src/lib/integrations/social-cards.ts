import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setCardWorkerFile } from '../readers/social-image/pool.ts';
import { writePreparedCards } from '../readers/social-image/render.ts';

/**
 * Social cards on every core, copied into the build at the end. The og route is bundled away from the source
 * tree, so this integration (loaded from it) says where the worker script is; in a build the route only hands
 * over its cards (see src/lib/readers/social-image/render.ts) and this writes them to dist/og/.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': () => setCardWorkerFile(new URL('../readers/social-image/card-worker.ts', import.meta.url)),
      'astro:build:done': async ({ dir, logger }) => {
        const { written, made } = await writePreparedCards(fileURLToPath(dir));
        logger.info(`${written} social cards written to og/, ${made} of them drawn, ${written - made} from the cache`);
      },
    },
  };
}
