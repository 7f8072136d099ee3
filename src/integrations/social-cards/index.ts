import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { settings } from '../../server/settings.ts';
import { cardsFromContentFiles } from './early-cards.ts';
import { setCardWorkerFile } from './pool.ts';
import { startDrawing, writePreparedCards } from './render.ts';

/**
 * Social cards on worker threads, linked into the build at the end. The integration injects its own og route
 * (./route.ts); that route is bundled away from the source tree, so this integration (loaded from it) says where the
 * worker script is. A build starts drawing the cards it
 * can work out from the content files before Astro reads them, so the workers draw while Astro syncs and bundles;
 * the route then hands over its cards (see src/integrations/social-cards/render.ts) and this links them into dist/og/.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        injectRoute({ pattern: '/og/[...card].png', entrypoint: new URL('./route.ts', import.meta.url) });
        setCardWorkerFile(new URL('./worker.ts', import.meta.url));
        if (command === 'build') startDrawing(cardsFromContentFiles(fileURLToPath(config.root), process.env, settings));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { written, made } = await writePreparedCards(fileURLToPath(dir));
        logger.info(`${written} social cards written to og/, ${made} of them drawn, ${written - made} from the cache`);
      },
    },
  };
}
