import type { APIRoute } from 'astro';
import { settings } from '../server/settings.ts';

/** Lets every crawler in and names the sitemap, at the site's own address. */
export const GET: APIRoute = () => {
  const sitemap = new URL('/sitemap-index.xml', settings.siteUrl).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
