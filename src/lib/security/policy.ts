/**
 * The site's security headers as data. The Content Security Policy starts from BASE_DIRECTIVES; a route that
 * needs more (search runs WebAssembly, a booking page may frame the provider) adds a RouteNeed instead of
 * special code. See docs/security-headers.md.
 */
import { hashSource, mergeDirectives, serializePolicy, type Directives } from './csp.ts';
import type { HeaderRule } from './headers-file.ts';
import { pathMatches } from './headers-file.ts';

/** What every page may load: only files from this site, nothing inline but the hashed code the build adds. */
const BASE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Headers every response gets besides the policy. */
export const STATIC_HEADERS: [string, string][] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** A route that needs more than the base policy allows. */
export interface RouteNeed {
  /** The path pattern in `_headers` syntax, such as "/search" or "/book/*". */
  path: string;
  /** Why the route needs it, printed above its block. */
  why: string;
  /** Sources added to the base policy on that route only. */
  directives: Directives;
  /** A whole policy of its own instead (a separate app such as the /admin editor), used as written. */
  ownPolicy?: string;
  /** The page whose presence turns the need on, for a path that holds files rather than pages. Default: `path`. */
  whenPage?: string;
}

/** Per-route additions. Each applies only when the build has a page at its path. */
export const ROUTE_NEEDS: RouteNeed[] = [
  {
    path: '/search',
    why: 'Pagefind runs its search index as WebAssembly',
    directives: { 'script-src': ["'wasm-unsafe-eval'"] },
  },
  {
    // A worker runs under the policy sent with its own script, not the page's: without this, Cloudflare Pages and
    // Netlify send the site policy with pagefind-worker.js and every search fails (found by tests/e2e/hosts).
    path: '/pagefind/*',
    why: "Pagefind's worker compiles the same WebAssembly, under the policy sent with its own script",
    directives: { 'script-src': ["'wasm-unsafe-eval'"] },
    whenPage: '/search',
  },
];

/** A booking provider's page framed on the routes matching `path`, for settings that opt in to an embedded booking widget. */
export function bookingEmbedNeed(path: string, embedUrl: string): RouteNeed {
  return {
    path,
    why: 'the booking provider is shown in a frame after the visitor asks for it',
    directives: { 'frame-src': [new URL(embedUrl).origin] },
  };
}

/** The needs for these settings: ROUTE_NEEDS, plus the booking frame wherever the booking island can show it when booking.embed is on. */
export function routeNeeds(settings: { booking: { url: string; embed: { enabled: boolean } } }): RouteNeed[] {
  return [...ROUTE_NEEDS, ...(settings.booking.embed.enabled ? [bookingEmbedNeed('/*', settings.booking.url)] : [])];
}

/** Inline code found in the built pages. */
export interface InlineCode {
  path: string;
  scripts: string[];
  styles: string[];
}

/** The base policy with the hash of every inline script and style the site ships. */
export function sitePolicy(pages: InlineCode[], base: Directives = BASE_DIRECTIVES): Directives {
  const scripts = new Set(pages.flatMap((page) => page.scripts.map(hashSource)));
  const styles = new Set(pages.flatMap((page) => page.styles.map(hashSource)));
  return mergeDirectives(base, { 'script-src': [...scripts].sort(), 'style-src': [...styles].sort() });
}

/** The `_headers` rules: everything under /*, then a replacement policy on each route that has a need and a page. */
export function headerRules(pages: InlineCode[], needs: RouteNeed[] = ROUTE_NEEDS): HeaderRule[] {
  const policy = sitePolicy(pages);
  const rules: HeaderRule[] = [
    {
      path: '/*',
      comment: 'Every response',
      headers: [...STATIC_HEADERS, ['Content-Security-Policy', serializePolicy(policy)]],
    },
    {
      path: '/_astro/*',
      comment: 'Built assets have content hashes in their names, so they never change',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ];
  for (const need of needs) {
    if (!pages.some((page) => pathMatches(need.whenPage ?? need.path, page.path))) continue;
    rules.push({
      path: need.path,
      comment: need.why,
      detach: ['Content-Security-Policy'],
      headers: [
        ['Content-Security-Policy', need.ownPolicy ?? serializePolicy(mergeDirectives(policy, need.directives))],
      ],
    });
  }
  return rules;
}
