/** Builds the page title: "Page | Clinic", or the clinic's own title on the home page. */
export function formatTitle(pageTitle: string | undefined, siteName: string, tagline: string): string {
  const title = pageTitle?.trim();
  if (!title || title === siteName) return `${siteName}: ${tagline}`;
  return `${title} | ${siteName}`;
}

/** The absolute canonical URL of a path: no query, no hash, no trailing slash (except the home page). */
export function canonicalUrl(pathname: string, siteUrl: string): string {
  const url = new URL(pathname, siteUrl);
  let path = url.pathname.replace(/\/index(\.html)?$/, '/').replace(/\.html$/, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return new URL(path, url.origin).href;
}
