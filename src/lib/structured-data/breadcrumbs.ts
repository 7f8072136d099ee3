import type { BreadcrumbListLeaf, WithContext } from 'schema-dts';
import type { Crumb } from '../seo/routes.ts';
import { absolute } from './node-ids.ts';

/** A BreadcrumbList from a trail (see breadcrumbTrail); every item carries its URL (Google asks for it on all but the last). */
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
