/**
 * Runs in the browser on /admin, after Decap loads: registers the article components and the .mdx
 * format that keeps unchanged lines. The build bundles this file into admin/editor-extensions.js
 * (src/integrations/editor/index.ts) and calls register() with the lists read from src/content/.
 */
import type { CmsOption } from '../../../lib/cms/editor-fields.ts';
import { editorComponents } from '../../../lib/cms/editor-components.ts';
import { MDX_FORMAT, readMdx, writeMdx } from '../../../lib/cms/frontmatter-format.ts';

/** The part of Decap's global `CMS` object this file uses. */
interface DecapApi {
  registerEditorComponent(component: Record<string, unknown>): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: {
      fromFile: (text: string) => unknown;
      toFile: (data: Record<string, unknown>, order?: string[]) => string;
    },
  ): void;
}

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The citation's source picker: Decap gives inline components no form of their own, so a small modal
 * dialog asks which source, listing sources.yaml. Resolves to null when cancelled.
 */
export function pickSource(sources: readonly CmsOption[], current?: unknown): Promise<{ id: string } | null> {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'ms-cite-heading');
  dialog.style.cssText =
    'padding:1.5rem;border-radius:8px;border:1px solid #888;max-width:40rem;font:16px system-ui,sans-serif';
  const options = sources
    .map(
      ({ value, label }) =>
        `<option value="${escapeHtml(value)}"${value === current ? ' selected' : ''}>${escapeHtml(label)}</option>`,
    )
    .join('');
  dialog.innerHTML = `<form method="dialog">
<h2 id="ms-cite-heading" style="margin:0 0 1rem;font-size:1.25rem">Cite a source</h2>
<label for="ms-cite-source" style="display:block;margin-bottom:.25rem">Source (from src/content/sources.yaml)</label>
<select id="ms-cite-source" style="width:100%;padding:.5rem;font:inherit">${options}</select>
<p style="margin:.75rem 0 0;font-size:.875rem">Also list this source under Sources above.</p>
<p style="margin:1rem 0 0;display:flex;gap:.75rem;justify-content:flex-end"><button value="cancel" style="padding:.5rem 1rem;font:inherit">Cancel</button><button value="ok" style="padding:.5rem 1rem;font:inherit;font-weight:bold">Insert citation</button></p>
</form>`;
  document.body.append(dialog);
  const select = dialog.querySelector('select')!;
  dialog.showModal();
  select.focus();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const chosen = dialog.returnValue === 'ok' ? { id: select.value } : null;
      dialog.remove();
      resolve(chosen);
    });
  });
}

export function register(cms: DecapApi, options: { sources: readonly CmsOption[] }): void {
  for (const component of editorComponents(options.sources)) {
    const inline =
      component.type === 'inline'
        ? {
            onInsert: () => pickSource(options.sources),
            onEdit: ({ data }: { data: Record<string, unknown> }) => pickSource(options.sources, data['id']),
          }
        : {};
    cms.registerEditorComponent({
      ...component,
      ...inline,
      fromInline: component.fromBlock,
      toInline: component.toBlock,
    });
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
