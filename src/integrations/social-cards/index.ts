import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { settings } from '../../server/settings.ts';
import { cardsFromContentFiles } from './early-cards.ts';
import { clearHandover, takeHandedOverCards } from './handover.ts';
import { CardDrawer } from './drawer.ts';

/**
 * Social cards on worker threads, linked into the build at the end. The integration injects its own og route
 * (./route.ts) and owns the build's one CardDrawer: a build starts drawing the cards it can work out from the
 * content files before Astro reads them, so the workers draw while Astro syncs and bundles; the route, bundled
 * apart from this module, hands over the cards the pages use through a file (./handover.ts), and once the pages are
 * written the drawer draws what is missing and links every card into dist/og/.
 */
export function socialCards(): AstroIntegration {
  const drawer = new CardDrawer({ workerFile: new URL('./worker.ts', import.meta.url) });
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        injectRoute({ pattern: '/og/[...card].png', entrypoint: new URL('./route.ts', import.meta.url) });
        if (command !== 'build') return;
        clearHandover();
        drawer.start(cardsFromContentFiles(fileURLToPath(config.root), process.env, settings));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { written, made } = await drawer.writeInto(fileURLToPath(dir), takeHandedOverCards());
        logger.info(`${written} social cards written to og/, ${made} of them drawn, ${written - made} from the cache`);
      },
    },
  };
}
