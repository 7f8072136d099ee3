/**
 * The link crawl of the built site: every internal link, #fragment, image and asset must resolve to a file in
 * dist/, and every external link must be well formed. Pure: the caller reads dist/ and passes its contents.
 */
import type { Tag } from '../../src/lib/html.ts';
import { normalisePath } from '../../src/lib/seo/routes.ts';

export interface Ref {
  /** Where the reference sits, such as "a[href]" or "css url()". */
  where: string;
  url: string;
}

export interface SiteSnapshot {
  /** Parsed tags of every HTML page, keyed by its path in dist/ ("index.html", "articles/x.html"). */
  pages: Map<string, Tag[]>;
  /** The text of every CSS file in dist/, keyed by its path in dist/. */
  stylesheets: Map<string, string>;
  /** Every file in dist/, by path in dist/. */
  files: Set<string>;
  /** The site's own origin, such as "https://massagestrong.com": absolute links to it are internal. */
  siteOrigin: string;
}

/** The file in dist/ that serves a path, trying the exact file, then "<path>.html", then "<path>/index.html". */
export function resolveFile(pathname: string, files: Set<string>): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  const trimmed = path.replace(/\/+$/, '');
  const candidates = path === '' ? ['index.html'] : [path, `${trimmed}.html`, `${trimmed}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

const SRC_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  form: ['action'],
  object: ['data'],
};

/** Meta tags whose content is a URL a crawler or app fetches. */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image', 'msapplication-tileimage']);

/** Every URL a page points at, from links, images (including srcset), scripts, forms and URL-valued meta tags. */
function pageRefs(tags: Tag[]): Ref[] {
  const refs: Ref[] = [];
  for (const tag of tags) {
    for (const attr of SRC_ATTRS[tag.name] ?? []) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const where = `${tag.name}[${attr}]`;
      if (attr === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ where, url });
        }
      } else refs.push({ where, url: value.trim() });
    }
    if (tag.name === 'meta') {
      const key = (tag.attrs.property ?? tag.attrs.name ?? '').toLowerCase();
      if (URL_METAS.has(key) && tag.attrs.content !== undefined)
        refs.push({ where: `meta[${key}]`, url: tag.attrs.content.trim() });
    }
  }
  return refs;
}

/** Every url() in a stylesheet, except inline data: URLs. */
export function cssRefs(css: string): Ref[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim())
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'))
    .map((url) => ({ where: 'css url()', url }));
}

/** The ids a page defines (id attributes and old-style <a name>), which #fragments may point at. */
function pageIds(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attrs.id) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return ids;
}

/** Why an external URL is malformed, or undefined when it is well formed. */
function externalProblem(url: URL, raw: string): string | undefined {
  if (/\s/.test(raw)) return 'contains a space';
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return `host "${url.hostname}" is not a domain name`;
      return undefined;
    case 'mailto:':
      return /^[^@\s?]+@[^@\s?]+\.[a-z]{2,}$/i.test(decodeURIComponent(url.pathname))
        ? undefined
        : 'not an email address';
    case 'tel:':
      return /^\+?[0-9][0-9\-().]{5,}$/.test(decodeURIComponent(url.pathname)) ? undefined : 'not a phone number';
    default:
      return `uses the ${url.protocol} scheme (expected https:, http:, mailto: or tel:)`;
  }
}

/** Checks one reference from a document at `base`; returns a problem message or undefined. */
function checkRef(
  ref: Ref,
  base: string,
  site: SiteSnapshot,
  idsOf: (file: string) => Set<string>,
  fromFile: string,
): string | undefined {
  const shown = `${ref.where} "${ref.url}"`;
  if (ref.url === '') return `${shown}: empty address`;
  if (ref.url === '#') return `${shown}: empty #fragment (point it at an id, or use a button)`;
  let url: URL;
  try {
    url = new URL(ref.url, base);
  } catch {
    return `${shown}: not a valid URL`;
  }
  if (url.origin !== site.siteOrigin) {
    const problem = externalProblem(url, ref.url);
    return problem ? `${shown}: external link is malformed: ${problem}` : undefined;
  }
  const target = resolveFile(url.pathname, site.files);
  if (!target) return `${shown}: no file in dist/ serves ${url.pathname}`;
  if (url.hash.length > 1) {
    let id: string;
    try {
      id = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `${shown}: the #fragment is not valid`;
    }
    if (!target.endsWith('.html')) return undefined;
    if (!idsOf(target).has(id))
      return `${shown}: ${target === fromFile ? 'this page' : target} has no element with id "${id}"`;
  }
  return undefined;
}

/** Every broken or malformed reference in the built site, as "file: problem" lines. */
export function findLinkProblems(site: SiteSnapshot): string[] {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = pageIds(site.pages.get(file) ?? [])));
    return ids;
  };
  const problems: string[] = [];
  for (const [file, tags] of site.pages) {
    const base = new URL(normalisePath(file), site.siteOrigin).href;
    for (const ref of pageRefs(tags)) {
      const problem = checkRef(ref, base, site, idsOf, file);
      if (problem) problems.push(`${file}: ${problem}`);
    }
    for (const tag of tags.filter((tag) => tag.name === 'style')) {
      for (const ref of cssRefs(tag.text ?? '')) {
        const problem = checkRef(ref, base, site, idsOf, file);
        if (problem) problems.push(`${file} (inline style): ${problem}`);
      }
    }
  }
  for (const [file, css] of site.stylesheets) {
    const base = new URL(`/${file}`, site.siteOrigin).href;
    for (const ref of cssRefs(css)) {
      const problem = checkRef(ref, base, site, idsOf, file);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return problems;
}

/** Tags whose URL the browser fetches as the page loads (links to other sites are fine; loading from them is not). */
const LOADED: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
};
const LOADED_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preconnect',
  'dns-prefetch',
]);

/** Everything a page would fetch from another host: the site promises to serve all it needs itself. */
export function thirdPartyLoads(tags: Tag[], siteOrigin: string): string[] {
  const base = `${siteOrigin}/`;
  const problems: string[] = [];
  const check = (where: string, raw: string) => {
    for (const url of raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
      if (url === '' || url.startsWith('data:')) continue;
      if (URL.canParse(url, base) && new URL(url, base).origin !== siteOrigin)
        problems.push(`${where} loads ${url} from another host`);
    }
  };
  for (const tag of tags) {
    for (const attr of LOADED[tag.name] ?? []) if (tag.attrs[attr]) check(`<${tag.name} ${attr}>`, tag.attrs[attr]);
    if (
      tag.name === 'link' &&
      tag.attrs.href &&
      (tag.attrs.rel ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((rel) => LOADED_RELS.has(rel))
    ) {
      check(`<link rel="${tag.attrs.rel}">`, tag.attrs.href);
    }
  }
  return problems;
}

/** Page addresses listed in a sitemap (<loc>) or feed (<link>, <guid>) that no file in dist/ serves. */
export function missingFeedTargets(xml: string, site: Pick<SiteSnapshot, 'files' | 'siteOrigin'>): string[] {
  const urls = [...xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\/\1>/g)].map((match) => match[2]!);
  return urls.filter((url) => {
    if (!URL.canParse(url)) return true;
    const parsed = new URL(url);
    return parsed.origin === site.siteOrigin && !resolveFile(parsed.pathname, site.files);
  });
}
