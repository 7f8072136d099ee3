/** Checks on a page's outline and images, fed from the browser by the end-to-end tests. */

/** Heading levels must start at 1 and never skip a level going down (h2 then h4 is a skip; h4 then h2 is fine). */
export function headingProblems(headings: { level: number; text: string }[]): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const { level, text } of headings) {
    if (previous === 0 && level !== 1) problems.push(`the first heading is h${level} "${text}", expected h1`);
    else if (level > previous + 1 && previous !== 0)
      problems.push(`h${level} "${text}" follows h${previous}: a level is skipped`);
    previous = level;
  }
  return problems;
}

export interface ImageFacts {
  src: string;
  /** The alt attribute, or null when missing ("" is right for decorative images). */
  alt: string | null;
  width: string | null;
  height: string | null;
}

/** Images without an alt attribute, or without width and height (which reserve space and stop layout shift). */
export function imageProblems(images: ImageFacts[]): string[] {
  const problems: string[] = [];
  for (const image of images) {
    if (image.alt === null)
      problems.push(`<img src="${image.src}"> has no alt attribute (use alt="" if it is decorative)`);
    const positive = (value: string | null) => value !== null && /^\d+$/.test(value) && Number(value) > 0;
    if (!positive(image.width) || !positive(image.height))
      problems.push(`<img src="${image.src}"> needs width and height attributes (whole pixels)`);
  }
  return problems;
}

/** What the keyboard test reads about the focused element in the browser. */
export interface FocusFacts {
  /** A short description, such as `a "Contact"`. */
  label: string;
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
  /** Whether the element is inside the viewport after the browser scrolled it into view. */
  inViewport: boolean;
  /** What covers the element's centre when it is not the element itself (a sticky bar), or null. */
  coveredBy: string | null;
}

/** Why a focused element's focus cannot be seen, or undefined when it can. */
export function focusProblem(facts: FocusFacts): string | undefined {
  const ring =
    (facts.outlineStyle !== 'none' && facts.outlineWidth >= 2) ||
    (facts.boxShadow !== 'none' && facts.boxShadow !== '');
  if (!ring)
    return `${facts.label}: no visible focus indicator (outline ${facts.outlineWidth}px ${facts.outlineStyle}, box-shadow ${facts.boxShadow})`;
  if (!facts.inViewport) return `${facts.label}: focused but outside the viewport`;
  if (facts.coveredBy) return `${facts.label}: focused but hidden under ${facts.coveredBy}`;
  return undefined;
}
