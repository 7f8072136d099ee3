// A bare Astro site that renders the same articles with a minimal layout: the yardstick for build cost.
// `paged: true` gives the same yardstick the pages the site's paging (ARTICLES_PER_PAGE) makes (the article index,
// tag lists and therapist lists, as many a page as the site's) and an image() hero as the Astro blog starter has, for comparison only.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_PER_PAGE } from '../../src/lib/seo/routes.ts';
import { AUTHOR_COMPONENTS } from '../../src/lib/content-checks/files.ts';

const PAGE = (body) =>
  `<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head><body><main>${body}</main></body></html>`;
const LIST = `<h1>{title}</h1><ul>{page.data.map((entry) => <li><a href={'/articles/' + entry.id}>{entry.data.title}</a> <span>{entry.data.description}</span></li>)}</ul>
{page.url.prev && <a href={page.url.prev}>Newer</a>} {page.url.next && <a href={page.url.next}>Older</a>}`;

/** The content config: the articles folder the benchmark names, with this schema. */
const contentConfig = (schema) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_ARTICLES_DIR }),
  schema: ${schema},
});
export const collections = { articles };
`;

/** Every other component the site's authors may use, drawn plainly: the bare site renders only their text. */
const PLAIN_COMPONENTS = AUTHOR_COMPONENTS.filter((name) => name !== 'Cite')
  .map((name) => `${name}: Plain`)
  .join(', ');

/** The article page; with `hero`, it shows the entry's image() hero as the Astro blog starter does. */
const articlePage = ({ hero }) => `---
import { getCollection, render } from 'astro:content';
${hero ? "import { Image } from 'astro:assets';\n" : ''}import Cite from '../../components/Cite.astro';
import Plain from '../../components/Plain.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
<body><main><h1>{entry.data.title}</h1>${hero ? '<Image src={entry.data.hero.src} alt={entry.data.hero.alt} />' : ''}<Content components={{ Cite, ${PLAIN_COMPONENTS} }} /></main></body></html>
`;

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
export default { site: 'https://example.com', integrations: [mdx()], build: { format: 'file' }, devToolbar: { enabled: false } };
`,
  'src/content.config.ts': contentConfig('z.object({ title: z.string(), description: z.string() })'),
  'src/components/Cite.astro': `<sup>[{Astro.props.id}]</sup>\n`,
  // The site's own articles use a few more authoring components (PLAIN_COMPONENTS): the bare site renders their text.
  'src/components/Plain.astro': `<div><slot /></div>\n`,
  'src/pages/articles/[slug].astro': articlePage({ hero: false }),
};

/** What `paged: true` changes or adds. */
const PAGED_FILES = {
  'src/content.config.ts': contentConfig(`({ image }) => z.object({
    title: z.string(), description: z.string(), pubDate: z.coerce.date(), tags: z.array(z.string()).default([]),
    author: z.string(), reviewer: z.string(), hero: z.object({ src: image(), alt: z.string() }),
  })`),
  'src/pages/articles/[slug].astro': articlePage({ hero: true }),
  'src/lib/articles.ts': `import { getCollection } from 'astro:content';
export const newestFirst = async () => (await getCollection('articles')).sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
`,
  'src/pages/articles/[...page].astro': `---
import { newestFirst } from '../../lib/articles.ts';
export async function getStaticPaths({ paginate }) {
  return paginate(await newestFirst(), { pageSize: ${ARTICLES_PER_PAGE} });
}
const { page } = Astro.props;
const title = 'Articles';
---
${PAGE(LIST)}
`,
  'src/pages/tags/[tag]/[...page].astro': `---
import { newestFirst, slug } from '../../../lib/articles.ts';
export async function getStaticPaths({ paginate }) {
  const articles = await newestFirst();
  const tags = [...new Set(articles.flatMap((entry) => entry.data.tags))];
  return tags.flatMap((tag) => paginate(articles.filter((entry) => entry.data.tags.includes(tag)), { pageSize: ${ARTICLES_PER_PAGE}, params: { tag: slug(tag) }, props: { title: tag } }));
}
const { page, title } = Astro.props;
---
${PAGE(LIST)}
`,
  'src/pages/therapists/[id]/articles/[...page].astro': `---
import { newestFirst } from '../../../../lib/articles.ts';
export async function getStaticPaths({ paginate }) {
  const articles = await newestFirst();
  const people = [...new Set(articles.flatMap((entry) => [entry.data.author, entry.data.reviewer]))];
  return people.flatMap((id) => paginate(articles.filter((entry) => entry.data.author === id || entry.data.reviewer === id), { pageSize: ${ARTICLES_PER_PAGE}, params: { id }, props: { title: id } }));
}
const { page, title } = Astro.props;
---
${PAGE(LIST)}
`,
};

/** Writes the bare site into dir (emptied first); `paged` adds the listing pages and the image() hero. */
export function writeBareSite(dir, { paged = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries({ ...FILES, ...(paged ? PAGED_FILES : {}) })) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}
