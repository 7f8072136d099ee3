// A bare Astro site that renders the same articles with a minimal layout: the yardstick for build cost.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
export default { site: 'https://example.com', integrations: [mdx()], build: { format: 'file' }, devToolbar: { enabled: false } };
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_ARTICLES_DIR }),
  schema: z.object({ title: z.string(), description: z.string() }),
});
export const collections = { articles };
`,
  'src/components/Cite.astro': `<sup>[{Astro.props.id}]</sup>\n`,
  // The site's own articles use a few more authoring components: the bare site renders their text plainly.
  'src/components/Plain.astro': `<div><slot /></div>\n`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Cite from '../../components/Cite.astro';
import Plain from '../../components/Plain.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ Cite, KeyPoints: Plain, Callout: Plain, CareCard: Plain, QuizCta: Plain, BookingCta: Plain, Figure: Plain, ServiceFact: Plain }} /></main></body></html>
`,
};

/** Writes the bare site into dir (emptied first). */
export function writeBareSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}
