import { parseTags } from '../html.ts';
import { normalisePath, SITE_CARD_NAME, socialCardUrl } from './routes.ts';

/** Builds the page title: "Page | Clinic", or the clinic's own title on the home page. */
export function formatTitle(pageTitle: string | undefined, siteName: string, tagline: string): string {
  const title = pageTitle?.trim();
  if (!title || title === siteName) return `${siteName}: ${tagline}`;
  return `${title} | ${siteName}`;
}

/** The absolute canonical URL of a path: no query, no hash, no trailing slash (except the home page). */
export function canonicalUrl(pathname: string, siteUrl: string): string {
  return new URL(normalisePath(pathname), siteUrl).href;
}

/** How a page presents itself when shared: its social card and, for articles, its dates. */
export interface SocialMeta {
  /** Site path of a 1200x630 card; defaults to the clinic's site card. */
  image?: string | undefined;
  /** What the card shows, for people who cannot see it. */
  imageAlt?: string | undefined;
  /** "article" for health pages, "profile" for therapists; "website" otherwise. */
  type?: 'website' | 'article' | 'profile' | undefined;
  /** Article publication day. */
  published?: Date | undefined;
  /** Day of the last meaningful change or review: also the sitemap's lastmod. */
  modified?: Date | undefined;
}

/** The card every page without its own uses. */
export const DEFAULT_SOCIAL_IMAGE = socialCardUrl(SITE_CARD_NAME);
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** "en-US" -> "en_US", the form Open Graph expects. */
export function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

/** What the sitemap takes from a built page's <head>: whether it asks not to be indexed, and the day it last changed. */
export interface PageFacts {
  noindex: boolean;
  modified: Date | undefined;
}

/**
 * Reads PageFacts from a built page: its robots meta and its article:modified_time. Read from the output, not
 * recorded while pages render, because an incremental build copies unchanged pages without rendering them.
 */
export function pageFactsOf(html: string): PageFacts {
  const facts: PageFacts = { noindex: false, modified: undefined };
  for (const { name, attrs } of parseTags(html, 'body')) {
    if (name !== 'meta') continue;
    if (attrs.name?.toLowerCase() === 'robots' && /(^|[\s,])(noindex|none)($|[\s,])/i.test(attrs.content ?? ''))
      facts.noindex = true;
    if (attrs.property === 'article:modified_time' && attrs.content) {
      const day = new Date(attrs.content);
      if (!Number.isNaN(day.getTime())) facts.modified = day;
    }
  }
  return facts;
}
