import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { settings } from '../readers/settings.ts';
import { cardsFromContentFiles } from '../readers/social-image/early-cards.ts';
import { setCardWorkerFile } from '../readers/social-image/pool.ts';
import { startDrawing, writePreparedCards } from '../readers/social-image/render.ts';

/**
 * Social cards on worker threads, linked into the build at the end. The og route is bundled away from the source
 * tree, so this integration (loaded from it) says where the worker script is. A build starts drawing the cards it
 * can work out from the content files before Astro reads them, so the workers draw while Astro syncs and bundles;
 * the route then hands over its cards (see src/lib/readers/social-image/render.ts) and this links them into dist/og/.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        setCardWorkerFile(new URL('../readers/social-image/card-worker.ts', import.meta.url));
        if (command === 'build') startDrawing(cardsFromContentFiles(fileURLToPath(config.root), process.env, settings));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { written, made } = await writePreparedCards(fileURLToPath(dir));
        logger.info(`${written} social cards written to og/, ${made} of them drawn, ${written - made} from the cache`);
      },
    },
  };
}
