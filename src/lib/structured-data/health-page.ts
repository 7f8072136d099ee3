import type { CreativeWork, MedicalWebPageLeaf, WithContext } from 'schema-dts';
import { absolute, clinicId, isoDate, websiteId } from './node-ids.ts';
import { personRef, type PersonInput } from './people.ts';
import { isRealReview } from '../content/review-claims.ts';

/** A study or guideline the page cites (src/content/sources.yaml). */
export interface CitationInput {
  title: string;
  authors: readonly string[];
  publisher: string;
  year: number;
  doi?: string | undefined;
  url?: string | undefined;
}

/** Everything an article or technique page says about itself. */
export interface HealthPageInput {
  path: string;
  title: string;
  description: string;
  /** Site path of the page's social image. */
  image: string;
  author: PersonInput;
  /**
   * The newest real review: who and when. Left out, or naming a sample profile, the node claims no review
   * (no reviewedBy, no lastReviewed), as every page must while its reviewer is a sample.
   */
  review?: { reviewer: PersonInput; date: Date } | undefined;
  /** First published; techniques have no publication day, so their first review stands in. */
  published: Date;
  /** Last meaningful change. */
  modified: Date;
  sources: readonly CitationInput[];
  keywords?: readonly string[] | undefined;
}

/** A source as a citable work, linked by DOI when it has one. */
export function citationLd(source: CitationInput): CreativeWork {
  const url = source.doi ? `https://doi.org/${source.doi}` : source.url;
  return {
    '@type': 'CreativeWork',
    name: source.title,
    author: source.authors.join(', '),
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: String(source.year),
    ...(url ? { url } : {}),
  };
}

/** An article or technique as a MedicalWebPage carrying the Article properties Google reads. */
export function healthPageLd(
  page: HealthPageInput,
  site: { siteUrl: string; locale: string },
): WithContext<MedicalWebPageLeaf> {
  const url = absolute(page.path, site.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    headline: page.title,
    name: page.title,
    description: page.description,
    image: absolute(page.image, site.siteUrl),
    inLanguage: site.locale,
    author: personRef(page.author, site.siteUrl),
    ...(page.review && isRealReview(page.review.reviewer)
      ? { reviewedBy: personRef(page.review.reviewer, site.siteUrl), lastReviewed: isoDate(page.review.date) }
      : {}),
    datePublished: isoDate(page.published),
    dateModified: isoDate(page.modified),
    citation: page.sources.map(citationLd),
    ...(page.keywords && page.keywords.length > 0 ? { keywords: page.keywords.join(', ') } : {}),
    publisher: { '@id': clinicId(site.siteUrl) },
    isPartOf: { '@id': websiteId(site.siteUrl) },
  };
}
