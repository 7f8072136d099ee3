import type { BreadcrumbListLeaf, WithContext } from 'schema-dts';
import { absolute } from './ids.ts';

export interface Crumb {
  /** Site path of the page, for example "/articles". */
  href: string;
  label: string;
}

/** Sections that have their own listing page, so a trail can pass through them. */
export const SECTIONS: Readonly<Record<string, string>> = {
  '/articles': 'Articles',
  '/techniques': 'Techniques',
  '/therapists': 'Therapists',
};

/**
 * The trail from the home page to a page: Home, any section it sits in, then the page itself.
 * Empty for the home page, which has no trail.
 */
export function breadcrumbTrail(pathname: string, title: string, sections: Readonly<Record<string, string>> = SECTIONS): Crumb[] {
  const path = pathname.replace(/(^|\/)index\.html$/, '/').replace(/\.html$/, '').replace(/\/+$/, '') || '/';
  if (path === '/') return [];
  const trail: Crumb[] = [{ href: '/', label: 'Home' }];
  const parts = path.split('/').filter(Boolean);
  for (let depth = 1; depth < parts.length; depth += 1) {
    const ancestor = `/${parts.slice(0, depth).join('/')}`;
    const label = sections[ancestor];
    if (label) trail.push({ href: ancestor, label });
  }
  trail.push({ href: path, label: title });
  return trail;
}

/** A BreadcrumbList from a trail; every item carries its URL (Google asks for it on all but the last). */
export function breadcrumbLd(trail: readonly Crumb[], siteUrl: string): WithContext<BreadcrumbListLeaf> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absolute(crumb.href, siteUrl),
    })),
  };
}
