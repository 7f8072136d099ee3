import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearHandover, takeHandedOverCards } from './handover.ts';
import { CardDrawer } from './drawer.ts';

/**
 * Social cards on worker threads, linked into the build at the end. The integration injects its own og route
 * (./route.ts) and owns the build's one CardDrawer: the route, bundled apart from this module, hands over the cards
 * the pages use through a file (./handover.ts), and once the pages are written the drawer draws those the cache
 * lacks on every core and links every card into dist/og/.
 */
export function socialCards(): AstroIntegration {
  const drawer = new CardDrawer({ workerFile: new URL('./worker.ts', import.meta.url) });
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        injectRoute({ pattern: '/og/[...card].png', entrypoint: new URL('./route.ts', import.meta.url) });
        if (command === 'build') clearHandover();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { written, made } = await drawer.writeInto(fileURLToPath(dir), takeHandedOverCards());
        logger.info(`${written} social cards written to og/, ${made} of them drawn, ${written - made} from the cache`);
      },
    },
  };
}
