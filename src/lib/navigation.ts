/** A link in the site's menus. */
export interface NavLink {
  href: string;
  label: string;
}

/** The main menu, in reading order. Add a page here once it exists: the link check fails on dead links. */
export const mainNav: readonly NavLink[] = [
  { href: '/chronic-back-pain', label: 'Back pain' },
  { href: '/techniques', label: 'Techniques' },
  { href: '/articles', label: 'Articles' },
  { href: '/frequency-guide', label: 'Frequency guide' },
  { href: '/contact', label: 'Contact' },
];

/** Policy and legal pages linked from every footer. */
export const legalNav: readonly NavLink[] = [
  { href: '/privacy', label: 'Privacy' },
  { href: '/accessibility', label: 'Accessibility' },
  { href: '/medical-disclaimer', label: 'Medical disclaimer' },
];

/** True when `href` is the current page or a section the current page belongs to. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (href === '/') return path === '/';
  return path === href || path.startsWith(`${href}/`);
}
