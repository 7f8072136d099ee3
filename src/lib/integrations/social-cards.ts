import type { AstroIntegration } from 'astro';
import { setCardWorkerFile } from '../readers/social-image/pool.ts';

/**
 * Lets the og route draw social cards on every core. The route is bundled into the build, away from the source
 * tree, so this integration (loaded from the source tree) tells it where the worker script is.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'massage-strong:social-cards',
    hooks: {
      'astro:config:setup': () => setCardWorkerFile(new URL('../readers/social-image/card-worker.ts', import.meta.url)),
    },
  };
}
