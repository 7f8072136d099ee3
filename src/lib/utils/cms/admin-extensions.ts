/**
 * Runs in the browser on /admin, after Decap loads: registers the article components and the .mdx
 * format that keeps unchanged lines. The build bundles this file into admin/editor-extensions.js
 * (src/lib/integrations/cms.ts) and calls register() with the lists read from src/content/.
 */
import type { CmsOption } from './config.ts';
import { editorComponents } from './editor-components.ts';
import { readMdx, writeMdx } from './frontmatter-format.ts';

/** The part of Decap's global `CMS` object this file uses. */
interface DecapApi {
  registerEditorComponent(component: Record<string, unknown>): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile: (text: string) => unknown; toFile: (data: Record<string, unknown>, order?: string[]) => string }): void;
}

/** The name collections use in config.yml for this format. */
export const MDX_FORMAT = 'mdx-frontmatter';

interface Original {
  text: string;
  data: Record<string, unknown>;
}

/**
 * The file an entry was read from: Decap hands toFile only the data, so pick the file read this session
 * that shares most of its values (at least 60%). A new entry matches none and is written fresh.
 */
export function originalOf(originals: readonly Original[], data: Record<string, unknown>): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const original of originals) {
    const keys = new Set([...Object.keys(original.data), ...Object.keys(data)]);
    const equal = [...keys].filter((key) => JSON.stringify(original.data[key]) === JSON.stringify(data[key])).length;
    const score = equal / keys.size;
    if (score >= 0.6 && (!best || score > best.score)) best = { text: original.text, score };
  }
  return best?.text;
}

export function register(cms: DecapApi, options: { sources: readonly CmsOption[] }): void {
  for (const component of editorComponents(options.sources)) {
    cms.registerEditorComponent({ ...component, fromInline: component.fromBlock, toInline: component.toBlock });
  }
  const originals: Original[] = [];
  cms.registerCustomFormat(MDX_FORMAT, 'mdx', {
    fromFile: (text) => {
      const data = readMdx(text);
      originals.push({ text, data });
      return data;
    },
    toFile: (data, order = []) => writeMdx(data, order, originalOf(originals, data)),
  });
}
