import siteConfig from '../site.config.ts';
import { resolveSettings } from '../lib/settings/validate.ts';

/** The clinic's validated settings: the only way the rest of the site reads them. */
export const settings = resolveSettings(siteConfig);
