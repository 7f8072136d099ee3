/** Stable @id values, so nodes on different pages point at the same clinic and website. */
export const clinicId = (siteUrl: string): string => new URL('/#clinic', siteUrl).href;
export const websiteId = (siteUrl: string): string => new URL('/#website', siteUrl).href;
export const personId = (pageUrl: string): string => `${pageUrl}#person`;

/** An absolute URL for a site path (or an already absolute URL). */
export const absolute = (pathOrUrl: string, siteUrl: string): string => new URL(pathOrUrl, siteUrl).href;

/** A calendar date as schema.org wants it: YYYY-MM-DD. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
