import type { APIRoute } from 'astro';
import { getArticles, getTechniques } from '../lib/readers/collections.ts';
import { articleUrl, techniqueUrl } from '../lib/utils/content/urls.ts';
import { assertRedirects, collectRedirects, redirectsFile } from '../lib/utils/redirects.ts';

/** A route named by a parameter, because Astro skips page files whose names start with "_". */
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

/** Pages without brackets in src/pages, as site paths. */
function staticPages(): string[] {
  return Object.keys(import.meta.glob('/src/pages/**/*.astro'))
    .filter((file) => !file.includes('[') && !/\/_/.test(file))
    .map((file) => file.replace('/src/pages', '').replace(/\.astro$/, '').replace(/\/index$/, '') || '/');
}

/** The `_redirects` file for hosts that read one; the build stops if the table is unsound. */
export const GET: APIRoute = async () => {
  const [articles, techniques] = await Promise.all([getArticles(), getTechniques()]);
  const rules = collectRedirects(articles.map((article) => ({ id: article.id, title: article.data.title, legacyPaths: article.data.legacyPaths })));
  const pages = new Set([...staticPages(), ...articles.map((a) => articleUrl(a.id)), ...techniques.map((t) => techniqueUrl(t.id))]);
  assertRedirects(rules, pages);
  return new Response(redirectsFile(rules), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
