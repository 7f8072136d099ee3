/**
 * <site-search>: runs the search form in the page with Pagefind. Pagefind's script and WebAssembly load
 * only when the visitor focuses or types in the box (or arrives with ?q=), never on page load.
 */
import { excerptParts, statusMessage } from '../../../lib/seo/search-results.ts';
import { normalisePath } from '../../../lib/seo/routes.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 10;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    input.addEventListener('focus', () => void this.load(), { once: true });
    input.addEventListener('input', () => void this.search(input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.search(query);
    }
  }

  load(): Promise<Pagefind> {
    // A variable path keeps the bundler away: the file only exists once Pagefind has indexed the build.
    const url: string = PAGEFIND_URL;
    this.#pagefind ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async search(query: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!status || !list) return;
    const term = query.trim();
    history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
    if (term === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.load();
    } catch {
      status.textContent = 'Search could not load. Browse the articles and techniques pages instead.';
      return;
    }
    const found = await pagefind.debouncedSearch(term, {}, 250);
    // null means a newer search replaced this one.
    if (found === null) return;
    const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...pages.map((page) => this.item(page)));
    status.textContent = statusMessage(term, found.results.length);
  }

  item(page: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h2');
    heading.className = 'text-xl';
    const link = document.createElement('a');
    link.href = normalisePath(page.url);
    link.textContent = page.meta.title ?? normalisePath(page.url);
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-2 text-muted';
    for (const part of excerptParts(page.excerpt)) {
      if (!part.match) excerpt.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
    }
    item.append(heading, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
