import { normalisePath } from './routes.ts';

/** A link in the site's menus. */
export interface NavLink {
  href: string;
  label: string;
}

/** The main menu, in reading order. Add a page here once it exists: the link check fails on dead links. */
export const mainNav: readonly NavLink[] = [
  { href: '/chronic-back-pain', label: 'Back pain' },
  { href: '/techniques', label: 'Techniques' },
  { href: '/frequency-guide', label: 'Frequency guide' },
  { href: '/services', label: 'Services' },
  { href: '/articles', label: 'Articles' },
  { href: '/contact', label: 'Contact' },
];

/** The clinic's own pages, linked from every footer. */
export const clinicNav: readonly NavLink[] = [
  { href: '/about', label: 'About the clinic' },
  { href: '/services', label: 'Services and prices' },
  { href: '/first-visit', label: 'Your first visit' },
  { href: '/progress', label: 'Check your progress' },
  { href: '/therapists', label: 'Our therapists' },
  { href: '/faq', label: 'Questions and answers' },
  { href: '/contact', label: 'Contact and location' },
];

/** Policy and legal pages linked from every footer. */
export const legalNav: readonly NavLink[] = [
  { href: '/privacy', label: 'Privacy' },
  { href: '/accessibility', label: 'Accessibility' },
  { href: '/medical-disclaimer', label: 'Medical disclaimer' },
];

/** True when `href` is the current page or a section the current page belongs to. */
export function isCurrent(href: string, pathname: string): boolean {
  // Static builds render '/articles' as '/articles.html' and '/' as '/index.html'.
  const path = normalisePath(pathname);
  if (href === '/') return path === '/';
  return path === href || path.startsWith(`${href}/`);
}
